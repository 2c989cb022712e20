namespace AdFlux.Ads.Domain;

/// <summary>The ad platforms AdFlux publishes to, by the names the API uses.</summary>
public static class AdPlatforms
{
    public const string Meta = "meta";
    public const string Google = "google";

    public static readonly IReadOnlyList<string> All = [Meta, Google];
}
