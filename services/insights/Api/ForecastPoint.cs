namespace AdFlux.Insights.Api;

/// <summary>The predicted daily total on a day after the period, and its interval.</summary>
public sealed record ForecastPoint(DateOnly Date, double Value, double Lower, double Upper);
