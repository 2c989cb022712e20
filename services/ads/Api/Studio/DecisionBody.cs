namespace AdFlux.Ads.Api.Studio;

/// <summary>A decision on the request's current step: approved, rejected or changes_requested, with a comment (required unless approving).</summary>
public sealed record DecisionBody(string? Decision, string? Comment);
