namespace AdFlux.Ads.Api.Studio;

/// <summary>A manual state change (draft → generating → draft, approved → published) and why.</summary>
public sealed record TransitionBody(string? To, string? Reason);
