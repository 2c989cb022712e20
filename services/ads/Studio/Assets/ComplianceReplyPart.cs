namespace AdFlux.Ads.Studio.Assets;

public sealed record ComplianceReplyPart(string Name, double Weight, double Score, string Reason);
