namespace AdFlux.Ads.Metrics;

/// <summary>One budget period: its first day, spend so far, budget and projected spend at its end (minor units).</summary>
public sealed record PacingPeriod(DateOnly Start, long SpendMinor, long BudgetMinor, long ProjectedSpendMinor);
