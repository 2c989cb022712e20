namespace AdFlux.Ads.Api.Studio;

public sealed record CompliancePartResponse(string Name, double Weight, double Score, string Reason);
