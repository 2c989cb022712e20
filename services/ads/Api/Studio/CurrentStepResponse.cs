namespace AdFlux.Ads.Api.Studio;

/// <summary>Where a request in review stands: the step, since when, and whether it was escalated.</summary>
public sealed record CurrentStepResponse(StepResponse Step, DateTimeOffset? EnteredAt, bool Escalated);
