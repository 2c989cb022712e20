using SkiaSharp;

namespace AdFlux.MlDetection.Tests;

/// <summary>Images the tests draw: text with a real font (Debian fonts-dejavu; Skia's default typeface draws nothing here), blanks, broken files.</summary>
public static class TestImages
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    public static byte[] Blank(int width = 640, int height = 480)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.White);
        return Png(bitmap);
    }

    /// <summary>Dark text lines on white, each drawn with its baseline at (x, y).</summary>
    public static byte[] Text(int width, int height, params (string Text, float X, float Y, float Size)[] lines) =>
        Text(width, height, SKColors.White, new SKColor(20, 20, 20), lines);

    public static byte[] Text(int width, int height, SKColor background, SKColor ink, params (string Text, float X, float Y, float Size)[] lines)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            using var typeface = SKTypeface.FromFile(FontPath) ?? throw new InvalidOperationException($"{FontPath} missing: apt-get install fonts-dejavu-core");
            using var paint = new SKPaint { Color = ink, IsAntialias = true };
            foreach (var (text, x, y, size) in lines)
            {
                using var font = new SKFont(typeface, size);
                canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
            }
        }
        return Png(bitmap);
    }

    /// <summary>One dark line on white, turned <paramref name="degrees"/> clockwise about the image centre, its middle there.</summary>
    public static byte[] RotatedText(int width, int height, string text, float size, float degrees)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var typeface = SKTypeface.FromFile(FontPath) ?? throw new InvalidOperationException($"{FontPath} missing: apt-get install fonts-dejavu-core");
            using var font = new SKFont(typeface, size);
            using var paint = new SKPaint { Color = new SKColor(20, 20, 20), IsAntialias = true };
            canvas.RotateDegrees(degrees, width / 2f, height / 2f);
            canvas.DrawText(text, width / 2f, height / 2f + size * 0.35f, SKTextAlign.Center, font, paint);
        }
        return Png(bitmap);
    }

    public static byte[] Png(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A valid PNG signature and IHDR claiming <paramref name="width"/> × <paramref name="height"/>, with almost no pixel data: a decompression bomb's header.</summary>
    public static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        using var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(stream, "IHDR", ihdr);
        WriteChunk(stream, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        WriteChunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        stream.Write(typed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        stream.Write(length);
    }

    private static uint Crc32(byte[] bytes)
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
