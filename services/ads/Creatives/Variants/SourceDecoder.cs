using SkiaSharp;

namespace AdFlux.Ads.Creatives.Variants;

/// <summary>
/// Decodes a source image after checking its header (SKCodec) against the limits, so a
/// decompression bomb is refused before pixel memory is allocated and a truncated file is refused
/// rather than rendered half-grey. The same guard as ml-detection's <c>ImageDecoder</c>.
/// </summary>
public static class SourceDecoder
{
    public static SKBitmap Decode(ReadOnlySpan<byte> bytes, VariantOptions limits, string field)
    {
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
            throw new ImageRejectedException(field, $"The image is {info.Width}×{info.Height}; at most {limits.MaxPixels} pixels and {limits.MaxImageSide} per side are accepted.");
        }
        var bitmap = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw new ImageRejectedException(field, result == SKCodecResult.IncompleteInput ? "The image is truncated." : $"The image could not be decoded ({result}).");
        }
        return bitmap;
    }
}
