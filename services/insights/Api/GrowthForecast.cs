namespace AdFlux.Insights.Api;

/// <summary>
/// A least-squares linear trend of a platform's daily primary-metric totals over the period and
/// its prediction for the next days, each with a prediction interval at <see cref="Confidence"/>.
/// </summary>
public sealed record GrowthForecast(
    string Platform, string Metric, int DaysFitted, double SlopePerDay, double Confidence, IReadOnlyList<ForecastPoint> Points);
