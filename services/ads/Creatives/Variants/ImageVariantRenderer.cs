using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AdFlux.Ads.Creatives.Variants;

/// <summary>
/// Renders a source image into platform formats (exact pixel sizes) with a smart crop from
/// <see cref="CropPlanner"/>, resampled with mipmapped linear filtering (sharp when shrinking by
/// large factors) and encoded as JPEG. The source is decoded once for all formats.
/// </summary>
public sealed class ImageVariantRenderer(IOptions<VariantOptions> options)
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public IReadOnlyList<RenderedVariant> Render(ReadOnlySpan<byte> source, IReadOnlyList<VariantFormat> formats, IReadOnlyList<RegionOfInterest> regions, string field = "image")
    {
        var limits = options.Value;
        using var bitmap = SourceDecoder.Decode(source, limits, field);
        using var image = SKImage.FromBitmap(bitmap);
        Saliency? map = null;
        var variants = new List<RenderedVariant>(formats.Count);
        foreach (var format in formats)
        {
            var crop = CropPlanner.Plan(bitmap.Width, bitmap.Height, format, regions, () => map ??= Saliency.Of(bitmap));
            var scale = (double)format.Width / crop.Width;
            variants.Add(new RenderedVariant(format, crop, Math.Round(scale, 4), scale > 1.001, Draw(image, crop, format, limits.JpegQuality)));
        }
        return variants;
    }

    private static byte[] Draw(SKImage image, CropWindow crop, VariantFormat format, int quality)
    {
        using var surface = SKSurface.Create(new SKImageInfo(format.Width, format.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.DrawImage(image, SKRect.Create(crop.X, crop.Y, crop.Width, crop.Height), SKRect.Create(format.Width, format.Height), Sampling);
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }
}
