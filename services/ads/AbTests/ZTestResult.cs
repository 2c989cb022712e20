namespace AdFlux.Ads.AbTests;

/// <summary>
/// A variant against control: the absolute effect (variant rate − control rate), the pooled
/// two-proportion z statistic, its two-sided p-value and the (unpooled, Wald) confidence interval of the effect.
/// </summary>
public sealed record ZTestResult(double Effect, double Z, double PValue, double IntervalLow, double IntervalHigh);
