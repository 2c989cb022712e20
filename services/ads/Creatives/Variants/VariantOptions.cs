namespace AdFlux.Ads.Creatives.Variants;

/// <summary>Limits on source images under <c>Ads:Variants</c>, checked on the header before any pixel is decoded.</summary>
public sealed class VariantOptions
{
    public const string Section = "Ads:Variants";

    public long MaxImageBytes { get; set; } = 30 * 1024 * 1024;

    public int MaxImageSide { get; set; } = 12_000;

    public long MaxPixels { get; set; } = 50_000_000;

    public int JpegQuality { get; set; } = 90;
}
