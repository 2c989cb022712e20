namespace AdFlux.Ads.Platforms;

/// <summary>The platform adapter for a campaign's platform name.</summary>
public sealed class AdPlatformRegistry(IEnumerable<IAdPlatform> platforms)
{
    private readonly Dictionary<string, IAdPlatform> _byName = platforms.ToDictionary(p => p.Name);

    public IAdPlatform For(string platform) =>
        _byName.GetValueOrDefault(platform) ?? throw new InvalidOperationException($"No adapter for platform '{platform}'.");
}
