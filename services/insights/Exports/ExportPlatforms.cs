namespace AdFlux.Insights.Exports;

/// <summary>
/// The platforms an export may name: those AdFlux's sources report, plus any other a tenant's figures
/// came with (n8n workflows may report their own), so a typo is a 400 rather than an empty file.
/// </summary>
public static class ExportPlatforms
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "youtube", "spotify", "meta-ads", "meta", "google", "google-ads", "instagram", "tiktok", "facebook", "landing-page",
    };
}
