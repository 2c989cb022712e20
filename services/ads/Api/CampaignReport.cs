namespace AdFlux.Ads.Api;

/// <summary>A campaign's figures and KPIs from <c>from</c> to <c>to</c> (inclusive UTC days), money in minor units of <c>currency</c>.</summary>
public sealed record CampaignReport(
    Guid CampaignId,
    string Platform,
    string Currency,
    DateOnly From,
    DateOnly To,
    string Granularity,
    ReportKpis Totals,
    IReadOnlyList<ReportBucket> Buckets);
