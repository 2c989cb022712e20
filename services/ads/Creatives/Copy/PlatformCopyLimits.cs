namespace AdFlux.Ads.Creatives.Copy;

/// <summary>A platform's character limits for headline and primary text, its call-to-action values, and where the limits come from.</summary>
public sealed record PlatformCopyLimits(string Platform, int HeadlineMax, int PrimaryTextMax, IReadOnlyList<string> CallsToAction, string Source);
