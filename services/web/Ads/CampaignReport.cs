namespace AdFlux.Web.Ads;

/// <summary>Ads' report of one campaign over a period: money in minor units of <see cref="Currency"/>.</summary>
public sealed record CampaignReport(Guid CampaignId, string Currency, DateOnly From, DateOnly To, CampaignKpis Totals);
