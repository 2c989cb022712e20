namespace AdFlux.Insights.Domain;

/// <summary>What names a series: a platform entity's metric for one client profile of a tenant.</summary>
public sealed record SeriesKey(Guid TenantId, Guid ClientProfileId, string Platform, string EntityType, string EntityId)
{
    /// <summary>Figures no client profile was named for; tenant-wide, so a viewer limited to some profiles does not see them.</summary>
    public static readonly Guid NoClientProfile = Guid.Empty;

    /// <summary>
    /// Platform names as sources spell them differ in case and separators (<c>meta_ads</c>,
    /// <c>Meta-Ads</c>); one spelling keeps one series.
    /// </summary>
    public static string NormalisePlatform(string platform) => platform.Trim().ToLowerInvariant().Replace('_', '-');
}
