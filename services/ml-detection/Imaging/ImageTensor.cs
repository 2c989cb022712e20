using SkiaSharp;

namespace AdFlux.MlDetection.Imaging;

/// <summary>Resizing and letterboxing of RGBA bitmaps into model input tensors.</summary>
public static class ImageTensor
{
    /// <summary>How a source image maps into a model input: input = source × scale + pad.</summary>
    public readonly record struct Placement(float ScaleX, float ScaleY, float PadX, float PadY)
    {
        public float ToSourceX(float x) => (x - PadX) / ScaleX;

        public float ToSourceY(float y) => (y - PadY) / ScaleY;
    }

    /// <summary>The image stretched to width × height (as NanoDet was trained).</summary>
    public static (SKBitmap Bitmap, Placement Placement) Stretch(SKBitmap source, int width, int height)
    {
        var resized = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, source.AlphaType), Sampling(source.Width, width))
            ?? throw new InvalidOperationException("resize failed");
        return (resized, new Placement((float)width / source.Width, (float)height / source.Height, 0, 0));
    }

    /// <summary>The image scaled to fit width × height keeping its aspect, centred on a <paramref name="fill"/> background.</summary>
    public static (SKBitmap Bitmap, Placement Placement) Letterbox(SKBitmap source, int width, int height, SKColor fill)
    {
        var scale = Math.Min((float)width / source.Width, (float)height / source.Height);
        var w = Math.Max(1, (int)Math.Round(source.Width * scale));
        var h = Math.Max(1, (int)Math.Round(source.Height * scale));
        var padX = (width - w) / 2;
        var padY = (height - h) / 2;
        var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, source.AlphaType));
        target.Erase(fill);
        // Scaled straight into the middle of the target: no canvas, no copy of the source into an SKImage.
        using (var from = source.PeekPixels())
        using (var all = target.PeekPixels())
        using (var middle = all.ExtractSubset(new SKRectI(padX, padY, padX + w, padY + h)) ?? throw new InvalidOperationException("letterbox region outside the target"))
        {
            if (!from.ScalePixels(middle, Sampling(source.Width, w)))
            {
                throw new InvalidOperationException("resize failed");
            }
        }
        return (target, new Placement((float)w / source.Width, (float)h / source.Height, padX, padY));
    }

    /// <summary>The least decoded size <see cref="Stretch"/> to width × height needs from an image of <paramref name="source"/> size.</summary>
    public static SKSizeI StretchNeeds(SKSizeI source, int width, int height) => new(Math.Min(width, source.Width), Math.Min(height, source.Height));

    /// <summary>The least decoded size <see cref="Letterbox"/> into width × height needs from an image of <paramref name="source"/> size.</summary>
    public static SKSizeI LetterboxNeeds(SKSizeI source, int width, int height)
    {
        var scale = Math.Min(1f, Math.Min((float)width / source.Width, (float)height / source.Height));
        return new((int)Math.Ceiling(source.Width * scale), (int)Math.Ceiling(source.Height * scale));
    }

    /// <summary>Bilinear; mipmaps (built per image, costly) only when shrinking by more than half, where bilinear alone aliases.</summary>
    private static SKSamplingOptions Sampling(int from, int to) =>
        new(SKFilterMode.Linear, to * 2 < from ? SKMipmapMode.Linear : SKMipmapMode.None);

    /// <summary>[1,3,H,W] planes, each channel (R,G,B order, or B,G,R when <paramref name="bgr"/>) mapped by (v/255 - mean)/std.</summary>
    public static float[] ToChw(SKBitmap bitmap, ReadOnlySpan<float> mean, ReadOnlySpan<float> std, bool bgr = false)
    {
        var plane = bitmap.Width * bitmap.Height;
        var data = new float[3 * plane];
        var pixels = bitmap.GetPixelSpan();
        // One table lookup per value instead of two divisions: 3 × 256 floats per call.
        Span<float> table = stackalloc float[3 * 256];
        for (var c = 0; c < 3; c++)
        {
            for (var v = 0; v < 256; v++)
            {
                table[c * 256 + v] = (v / 255f - mean[c]) / std[c];
            }
        }
        for (var c = 0; c < 3; c++)
        {
            var source = bgr ? 2 - c : c;
            var lookup = table.Slice(c * 256, 256);
            var target = data.AsSpan(c * plane, plane);
            for (var i = 0; i < plane; i++)
            {
                target[i] = lookup[pixels[i * 4 + source]];
            }
        }
        return data;
    }

    /// <summary>[1,H,W,3] RGB mapped by v/127.5 - 1 (MediaPipe's [-1,1]).</summary>
    public static float[] ToHwcSigned(SKBitmap bitmap)
    {
        var plane = bitmap.Width * bitmap.Height;
        var data = new float[3 * plane];
        var pixels = bitmap.GetPixelSpan();
        Span<float> table = stackalloc float[256];
        for (var v = 0; v < 256; v++)
        {
            table[v] = v / 127.5f - 1f;
        }
        for (var i = 0; i < plane; i++)
        {
            data[i * 3] = table[pixels[i * 4]];
            data[i * 3 + 1] = table[pixels[i * 4 + 1]];
            data[i * 3 + 2] = table[pixels[i * 4 + 2]];
        }
        return data;
    }
}
