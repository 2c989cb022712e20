namespace AdFlux.MlDetection.Compliance;

/// <summary>
/// A brand's rules for one image: palette (hex colours) and how far (ΔE*ab) a colour may stray,
/// the logo that must appear (base64 image) with its minimum share of the image width and clear
/// space (or <c>LogoImageId</c>, a stored image), typography minimums, and the platform whose UI
/// overlays must stay clear.
/// </summary>
public sealed record ComplianceRules(
    IReadOnlyList<string>? Palette,
    double? MaxDeltaE,
    string? Logo,
    double? MinLogoWidthRatio,
    double? MinTextHeightRatio,
    double? MinContrast,
    string? Platform,
    Guid? LogoImageId = null);
