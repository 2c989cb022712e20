namespace AdFlux.Ads.Creatives.Copy;

/// <summary>Copy per platform, who wrote it, and what it cost.</summary>
public sealed record CopyResult(CopyProvider Provider, IReadOnlyList<PlatformCopy> Platforms, CopyUsage Usage);
