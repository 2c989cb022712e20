namespace AdFlux.Insights.Api;

/// <summary>Whole UTC days, both ends included.</summary>
public sealed record PeriodResponse(DateOnly From, DateOnly To, int Days);
