using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AdFlux.MlDetection.Imaging;

/// <summary>
/// Decodes uploads with SkiaSharp into RGBA. The header is read first (SKCodec) and its size
/// checked against the limits, so a decompression bomb is refused before any pixel memory is
/// allocated; a truncated file is refused rather than returned half-grey. A caller that only needs
/// a smaller image (a detector whose input is 256 px) names the least size it needs, and a JPEG is
/// then decoded at a reduced scale in the DCT (far fewer pixels to decode and to resize).
/// </summary>
public sealed class ImageDecoder(IOptions<MlDetectionOptions> options)
{
    public SKBitmap Decode(ReadOnlySpan<byte> bytes, string field) => Decode(bytes, field, null).Bitmap;

    /// <summary>
    /// The image, at the smallest scale the codec supports that still gives at least
    /// <paramref name="needed"/>(source size) pixels each way (full size when null or unsupported),
    /// with the source size its findings are reported in.
    /// </summary>
    public (SKBitmap Bitmap, SKSizeI Source) Decode(ReadOnlySpan<byte> bytes, string field, Func<SKSizeI, SKSizeI>? needed)
    {
        var limits = options.Value;
        if (bytes.Length == 0)
        {
            throw new ImageRejectedException(field, "The image is empty.");
        }
        if (bytes.Length > limits.MaxImageBytes)
        {
            throw new ImageRejectedException(field, $"The image is larger than {limits.MaxImageBytes} bytes.");
        }
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data)
            ?? throw new ImageRejectedException(field, "The file is not a PNG, JPEG, WebP, GIF or BMP image.");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new ImageRejectedException(field, "The image has no pixels.");
        }
        if (info.Width > limits.MaxImageSide || info.Height > limits.MaxImageSide || (long)info.Width * info.Height > limits.MaxPixels)
        {
            throw new ImageRejectedException(field, $"The image is {info.Width}×{info.Height}; at most {limits.MaxPixels} pixels and {limits.MaxImageSide} per side are decoded.");
        }
        var size = needed is null ? info.Size : Scaled(codec, needed(info.Size));
        // An opaque source (JPEG) stays marked opaque, so resizes skip the premultiply round trip.
        var alpha = info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul;
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw new ImageRejectedException(field, result == SKCodecResult.IncompleteInput
                ? "The image is truncated."
                : $"The image could not be decoded ({result}).");
        }
        return (bitmap, info.Size);
    }

    /// <summary>The smallest size the codec decodes to directly (JPEG: n/8 of the source) that is at least <paramref name="least"/>.</summary>
    private static SKSizeI Scaled(SKCodec codec, SKSizeI least)
    {
        var best = codec.Info.Size;
        for (var eighths = 7; eighths >= 1; eighths--)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if (size.Width < least.Width || size.Height < least.Height)
            {
                break;
            }
            if (size.Width < best.Width)
            {
                best = size;
            }
        }
        return best;
    }
}
