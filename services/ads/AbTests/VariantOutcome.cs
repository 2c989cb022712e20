namespace AdFlux.Ads.AbTests;

/// <summary>One variant against control: its rate, the z-test, the Bayesian probability to beat control, and whether it significantly did.</summary>
public sealed record VariantOutcome(Guid AdId, double Rate, ZTestResult Test, double ProbabilityToBeatControl, bool BeatsControl);
