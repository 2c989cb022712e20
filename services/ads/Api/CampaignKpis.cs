namespace AdFlux.Ads.Api;

/// <summary>One campaign's line in an account report.</summary>
public sealed record CampaignKpis(Guid CampaignId, string Name, string Status, string Currency, ReportKpis Kpis);
