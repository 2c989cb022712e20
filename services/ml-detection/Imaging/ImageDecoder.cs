using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AdFlux.MlDetection.Imaging;

/// <summary>
/// Decodes uploads with SkiaSharp into RGBA. The header is read first (SKCodec) and its size
/// checked against the limits, so a decompression bomb is refused before any pixel memory is
/// allocated; a truncated file is refused rather than returned half-grey.
/// </summary>
public sealed class ImageDecoder(IOptions<MlDetectionOptions> options)
{
    public SKBitmap Decode(ReadOnlySpan<byte> bytes, string field)
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
        var bitmap = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw new ImageRejectedException(field, result == SKCodecResult.IncompleteInput
                ? "The image is truncated."
                : $"The image could not be decoded ({result}).");
        }
        return bitmap;
    }
}
