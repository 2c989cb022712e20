using System.Buffers.Binary;
using SkiaSharp;

namespace AdFlux.Ads.Tests.Creatives;

/// <summary>Source images for the renderer's tests, drawn with SkiaSharp.</summary>
public static class TestImages
{
    public static byte[] Draw(int width, int height, Action<SKCanvas> draw, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(new SKColor(128, 128, 128));
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Grey(int width, int height) => Draw(width, height, _ => { });

    /// <summary>A grey image with a solid red box: the region a crop must keep.</summary>
    public static byte[] WithRedBox(int width, int height, SKRect box) => Draw(width, height, canvas =>
    {
        using var red = new SKPaint { Color = SKColors.Red };
        canvas.DrawRect(box, red);
    });

    /// <summary>A flat image whose only detail (a fine checkerboard) fills the given columns.</summary>
    public static byte[] DetailBetween(int width, int height, int fromX, int toX) => Draw(width, height, canvas =>
    {
        using var black = new SKPaint { Color = SKColors.Black };
        for (var x = fromX; x < toX; x += 40)
        {
            for (var y = (x / 40 % 2) * 40; y < height; y += 80)
            {
                canvas.DrawRect(x, y, 40, 40, black);
            }
        }
    });

    /// <summary>A real PNG whose header claims other dimensions (with the header's CRC fixed, so decoders believe it).</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Grey(16, 16);
        // Signature (8) + IHDR length (4) + "IHDR" (4): width and height follow, then the CRC over type and data (17 bytes).
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    public static int RedPixels(SKBitmap bitmap) =>
        Enumerable.Range(0, bitmap.Height).Sum(y => Enumerable.Range(0, bitmap.Width).Count(x =>
        {
            var c = bitmap.GetPixel(x, y);
            return c.Red > 200 && c.Green < 60 && c.Blue < 60;
        }));

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
