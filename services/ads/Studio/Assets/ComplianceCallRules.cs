namespace AdFlux.Ads.Studio.Assets;

/// <summary>The rules part of ml-detection's compliance request (its <c>ComplianceRules</c>).</summary>
public sealed record ComplianceCallRules(
    IReadOnlyList<string> Palette,
    double MaxDeltaE,
    string? Logo,
    double MinLogoWidthRatio,
    double MinTextHeightRatio,
    double MinContrast,
    string? Platform);
