namespace AdFlux.MlDetection.Compliance;

/// <summary>One weighted part of the score, in [0, 1], with the reason a person can act on.</summary>
public sealed record CompliancePart(string Name, double Weight, double Score, string Reason);
