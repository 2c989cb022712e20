using SkiaSharp;

namespace AdFlux.ImageVariants.Benchmark;

/// <summary>Photo-like JPEG sources (gradients, shapes, text; landscape, portrait and square, 1.5–5 megapixels) made from a fixed seed, so every run sees the same bytes.</summary>
public static class Assets
{
    public static IReadOnlyList<byte[]> Make(int count)
    {
        var random = new Random(20261130);
        var sizes = new (int Width, int Height)[] { (2400, 1600), (1600, 2400), (2000, 2000), (3000, 2000), (1536, 1024), (2048, 2560) };
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var (width, height) = sizes[i % sizes.Length];
            using var surface = SKSurface.Create(new SKImageInfo(width, height));
            var canvas = surface.Canvas;
            using (var paint = new SKPaint())
            {
                paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                    [new SKColor((uint)random.Next() | 0xFF000000), new SKColor((uint)random.Next() | 0xFF000000)], SKShaderTileMode.Clamp);
                canvas.DrawRect(0, 0, width, height, paint);
            }
            using var shape = new SKPaint { IsAntialias = true };
            for (var s = 0; s < 40; s++)
            {
                shape.Color = new SKColor((uint)random.Next() | 0x60000000);
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(20, width / 6), shape);
            }
            using var font = new SKFont(SKTypeface.Default, width / 20f);
            using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawText($"Asset {i}", width * 0.1f, height * 0.8f, SKTextAlign.Left, font, text);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Jpeg, 88);
            return data.ToArray();
        })];
    }
}
