using AdFlux.Ads.Creatives.Copy;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// A brand profile: palette (hex colours) and the ΔE*ab tolerance, a logo (base64 PNG/JPEG/WebP)
/// and its minimum share of the width, typography minimums (text height as a share of the image
/// height, WCAG contrast ratio), the platforms whose safe zones apply, tone of voice (described, and
/// as rules every generated copy is checked against) and banned words.
/// </summary>
public sealed record BrandBody(
    Guid? ClientProfileId,
    string? Name,
    IReadOnlyList<string>? Palette,
    double? PaletteTolerance,
    string? Logo,
    double? MinLogoWidthRatio,
    double? MinTextHeightRatio,
    double? MinContrast,
    IReadOnlyList<string>? SafeZonePlatforms,
    string? ToneOfVoice,
    IReadOnlyList<string>? BannedWords,
    ToneRules? ToneRules = null);
