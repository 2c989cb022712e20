namespace AdFlux.Contracts.MlDetection;

/// <summary>
/// A brand's rules for <see cref="ComplianceScoreRequested"/>: palette (hex colours) and the ΔE*ab a
/// colour may stray, the logo (a stored image id) with its minimum share of the width, typography
/// minimums (text height share, WCAG contrast) and the platform whose UI overlays must stay clear.
/// </summary>
public sealed record BrandRules(
    IReadOnlyList<string>? Palette,
    double? MaxDeltaE = null,
    Guid? LogoImageId = null,
    double? MinLogoWidthRatio = null,
    double? MinTextHeightRatio = null,
    double? MinContrast = null,
    string? Platform = null);
