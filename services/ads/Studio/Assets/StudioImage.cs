using SkiaSharp;

namespace AdFlux.Ads.Studio.Assets;

/// <summary>An upload's image facts read by SkiaSharp from its header; null when the bytes are not an image SkiaSharp decodes.</summary>
public sealed record StudioImage(string ContentType, int Width, int Height)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Larger headers are decompression bombs, refused before any pixel is decoded.</summary>
    public const long MaxPixels = 40_000_000;

    public static StudioImage? Read(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }
        var type = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Webp => "image/webp",
            SKEncodedImageFormat.Gif => "image/gif",
            _ => null,
        };
        if (type is null)
        {
            return null;
        }
        // A header alone is not an image: decode the pixels, so a truncated file is refused too.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        return codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success ? new StudioImage(type, info.Width, info.Height) : null;
    }
}
