namespace AdFlux.Insights.Api;

/// <summary>The period asked for, the one before it, each platform's figures and each client profile's share.</summary>
public sealed record AnalyticsMetrics(
    PeriodResponse Period,
    PeriodResponse PreviousPeriod,
    IReadOnlyDictionary<string, PlatformMetrics> Platforms,
    IReadOnlyList<ClientProfileMetrics> ClientProfiles);
