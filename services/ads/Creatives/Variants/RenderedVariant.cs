namespace AdFlux.Ads.Creatives.Variants;

/// <summary>
/// One rendered format: the crop taken, the scale from crop to output (above 1 the source was
/// enlarged and the variant will look soft: <see cref="Upscaled"/> says so), and the JPEG.
/// </summary>
public sealed record RenderedVariant(VariantFormat Format, CropWindow Crop, double ScaleFactor, bool Upscaled, byte[] Jpeg);
