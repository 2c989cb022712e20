using AdFlux.ServiceDefaults.AI;

namespace AdFlux.Ads.Creatives.Copy;

/// <summary>Copy per platform, who wrote it, and what it cost.</summary>
public sealed record CopyResult(ChatProvider Provider, IReadOnlyList<PlatformCopy> Platforms, ChatUsage Usage);
