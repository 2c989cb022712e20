namespace AdFlux.Insights.Api;

/// <summary>The caller's tenant's external calls in a range: totals per provider, then a page of day rows (newest day first).</summary>
public sealed record UsagePage(DateOnly From, DateOnly To, IReadOnlyList<UsageProviderTotal> Providers, IReadOnlyList<UsageDayResponse> Items, int Total, int Offset, int Limit);
