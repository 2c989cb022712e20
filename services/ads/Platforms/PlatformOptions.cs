namespace AdFlux.Ads.Platforms;

/// <summary>
/// Where the platform clients call, under <c>Ads:Platforms</c>. Defaults are the production
/// endpoints (API versions in the path); the AppHost points them at the platform sandbox.
/// </summary>
public sealed class PlatformOptions
{
    public const string Section = "Ads:Platforms";

    /// <summary>Meta Graph/Marketing API root with its version, e.g. <c>https://graph.facebook.com/v21.0/</c>.</summary>
    public string MetaBaseUrl { get; set; } = "https://graph.facebook.com/v21.0/";

    /// <summary>Google Ads API REST root with its version.</summary>
    public string GoogleAdsBaseUrl { get; set; } = "https://googleads.googleapis.com/v21/";

    /// <summary>Google's OAuth 2.0 token endpoint (refresh-token grant).</summary>
    public string GoogleTokenUrl { get; set; } = "https://oauth2.googleapis.com/token";

    /// <summary>Meta's business-use-case usage (percent of the budget) at which calls stop until the window resets.</summary>
    public int MetaUsageCeilingPercent { get; set; } = 95;

    public static Uri Under(string baseUrl, string relative) => new(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), relative);
}
