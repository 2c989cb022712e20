namespace AdFlux.Ads.Api;

/// <summary>How a campaign's publication went: attempts so far, and after a failure the step, the platform's code and whether it was undone.</summary>
public sealed record PublicationResponse(int Attempts, string? FailedStep, string? PlatformErrorCode, string? Error, bool? Compensated);
