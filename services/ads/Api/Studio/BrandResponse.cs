using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Studio.Brands;

namespace AdFlux.Ads.Api.Studio;

public sealed record BrandResponse(
    Guid Id,
    Guid ClientProfileId,
    string Name,
    IReadOnlyList<string> Palette,
    double PaletteTolerance,
    bool HasLogo,
    string? LogoContentType,
    double MinLogoWidthRatio,
    double MinTextHeightRatio,
    double MinContrast,
    IReadOnlyList<string> SafeZonePlatforms,
    string? ToneOfVoice,
    IReadOnlyList<string> BannedWords,
    ToneRules ToneRules,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static BrandResponse From(BrandProfile b) => new(b.Id, b.ClientProfileId, b.Name, b.Palette, b.PaletteTolerance, b.Logo is not null,
        b.LogoContentType, b.MinLogoWidthRatio, b.MinTextHeightRatio, b.MinContrast, b.SafeZonePlatforms, b.ToneOfVoice, b.BannedWords, b.ToneRules, b.CreatedAt, b.UpdatedAt);
}
