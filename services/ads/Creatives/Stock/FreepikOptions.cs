namespace AdFlux.Ads.Creatives.Stock;

/// <summary>Freepik's stock API under <c>Ads:Freepik</c>; the AppHost or tests point <see cref="BaseUrl"/> at the platform sandbox.</summary>
public sealed class FreepikOptions
{
    public const string Section = "Ads:Freepik";

    /// <summary>API root, e.g. <c>https://api.freepik.com/</c>; the client appends <c>v1/resources</c>.</summary>
    public string BaseUrl { get; set; } = "https://api.freepik.com/";

    /// <summary>The <c>x-freepik-api-key</c> value.</summary>
    public string? ApiKey { get; set; }
}
