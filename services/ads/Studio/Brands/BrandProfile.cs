using AdFlux.Ads.Creatives.Copy;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Brands;

/// <summary>
/// A client profile's brand (seed 003): the palette and how far (ΔE*ab) a colour may stray, the
/// logo that must appear and its minimum share of the width, typography minimums, the platforms
/// whose UI overlays (safe zones) must stay clear, and the tone (described and as checkable rules) and banned words for copy.
/// </summary>
public sealed class BrandProfile : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public required string Name { get; set; }

    /// <summary>Hex colours (#RRGGBB).</summary>
    public List<string> Palette { get; set; } = [];

    /// <summary>The largest ΔE*ab a colour may be from the nearest palette colour.</summary>
    public double PaletteTolerance { get; set; }

    public byte[]? Logo { get; set; }

    public string? LogoContentType { get; set; }

    public double MinLogoWidthRatio { get; set; }

    /// <summary>Minimum text height as a share of the image height.</summary>
    public double MinTextHeightRatio { get; set; }

    /// <summary>Minimum WCAG contrast ratio of text against its background.</summary>
    public double MinContrast { get; set; }

    /// <summary>Platforms whose overlays (top bar, action buttons, caption) text and faces must avoid.</summary>
    public List<string> SafeZonePlatforms { get; set; } = [];

    public string? ToneOfVoice { get; set; }

    public List<string> BannedWords { get; set; } = [];

    /// <summary>The tone's measurable rules, checked on every generated copy.</summary>
    public ToneRules ToneRules { get; set; } = ToneRules.None;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
