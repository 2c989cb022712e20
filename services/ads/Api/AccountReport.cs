namespace AdFlux.Ads.Api;

/// <summary>
/// An ad account's report (seed 000's <c>/meta-ads/report/{account_id}</c>): each campaign's figures and KPIs,
/// totals per currency (campaigns may be budgeted in different ones), and the budget thresholds reached in the span.
/// </summary>
public sealed record AccountReport(
    Guid AccountId,
    string Platform,
    DateOnly From,
    DateOnly To,
    IReadOnlyDictionary<string, ReportKpis> TotalsByCurrency,
    IReadOnlyList<CampaignKpis> Campaigns,
    IReadOnlyList<BudgetAlertResponse> BudgetAlerts);
