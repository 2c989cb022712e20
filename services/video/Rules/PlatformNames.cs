namespace AdFlux.Video.Rules;

/// <summary>Ingest names Meta's figures "meta" (Graph API) or by app; a publication names the app it went to.</summary>
public static class PlatformNames
{
    public static bool Match(string publicationPlatform, string metricsPlatform) =>
        string.Equals(publicationPlatform, metricsPlatform, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(metricsPlatform, "meta", StringComparison.OrdinalIgnoreCase) && publicationPlatform is "instagram" or "facebook");
}
