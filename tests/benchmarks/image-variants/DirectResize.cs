using AdFlux.Ads.Creatives.Variants;
using SkiaSharp;

namespace AdFlux.ImageVariants.Benchmark;

/// <summary>
/// The baseline: the same work done straight with SkiaSharp — decode once, a centred crop of the
/// format's aspect, the same mipmapped linear resample to the exact size, JPEG at the same quality —
/// with none of the renderer's checks, planning or saliency.
/// </summary>
public static class DirectResize
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static long Render(byte[] source, IReadOnlyList<VariantFormat> formats, int quality)
    {
        long bytes = 0;
        using var bitmap = SKBitmap.Decode(source);
        using var image = SKImage.FromBitmap(bitmap);
        foreach (var format in formats)
        {
            var aspect = (double)format.Width / format.Height;
            var (width, height) = (double)bitmap.Width / bitmap.Height > aspect
                ? ((int)Math.Round(bitmap.Height * aspect), bitmap.Height)
                : (bitmap.Width, (int)Math.Round(bitmap.Width / aspect));
            using var surface = SKSurface.Create(new SKImageInfo(format.Width, format.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
            surface.Canvas.DrawImage(image, SKRect.Create((bitmap.Width - width) / 2, (bitmap.Height - height) / 2, width, height), SKRect.Create(format.Width, format.Height), Sampling);
            using var snapshot = surface.Snapshot();
            using var data = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality);
            bytes += data.Size;
        }
        return bytes;
    }
}
