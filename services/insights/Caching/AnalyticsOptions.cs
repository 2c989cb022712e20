namespace AdFlux.Insights.Caching;

/// <summary>Analytics query limits and the answer cache (<c>Insights:Analytics</c>).</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "Insights:Analytics";

    /// <summary>Days a query covers when it names no <c>from</c>.</summary>
    public int DefaultDays { get; set; } = 30;

    /// <summary>The longest period one query may cover.</summary>
    public int MaxDays { get; set; } = 366;

    /// <summary>How many answers the cache holds at most.</summary>
    public int CacheEntries { get; set; } = 1000;

    /// <summary>How long an answer stays cached; new data for its tenant retires it sooner.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(10);
}
