namespace AdFlux.Insights.Analytics;

/// <summary>A validated analytics query: the period, the platforms (null: all) and one client profile (null: all the caller may see).</summary>
public sealed record AnalyticsFilter(ReportPeriod Period, IReadOnlySet<string>? Platforms, Guid? ClientProfileId)
{
    /// <summary>The part of the cache key the query decides.</summary>
    public string CacheKey =>
        $"{Period.From:yyyy-MM-dd}|{Period.To:yyyy-MM-dd}|{(Platforms is null ? "*" : string.Join(',', Platforms.Order(StringComparer.Ordinal)))}|{ClientProfileId?.ToString("N") ?? "*"}";
}
