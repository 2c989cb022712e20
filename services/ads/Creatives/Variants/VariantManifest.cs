namespace AdFlux.Ads.Creatives.Variants;

/// <summary>The <c>variants.json</c> entry of one variant in the zip: its file, size, crop and scale.</summary>
public sealed record VariantManifest(string File, string Format, int Width, int Height, CropWindow Crop, double ScaleFactor, bool Upscaled, string? Warning);
