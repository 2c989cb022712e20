using SkiaSharp;

namespace AdFlux.Ads.Tests.Studio;

/// <summary>
/// Creatives rendered with SkiaSharp for the compliance gate: a brand mark, an on-brand creative
/// (white and ink from the palette, the logo at the top left, a large dark headline clear of
/// TikTok's overlays) and an off-brand one (red and yellow, no logo, faint text under the caption bar).
/// </summary>
public static class BrandImages
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    public static readonly SKColor Green = SKColor.Parse("#1DB954");
    public static readonly SKColor Ink = SKColor.Parse("#191414");
    public static readonly string[] Palette = ["#1DB954", "#191414", "#FFFFFF"];

    public static byte[] Logo()
    {
        using var logo = LogoBitmap();
        return Png(logo);
    }

    public static byte[] OnBrand() => Creative(SKColors.White, logo: true, Ink, 34, 400);

    public static byte[] OffBrand() => Creative(SKColor.Parse("#E02020"), logo: false, SKColor.Parse("#FFE000"), 14, 600);

    private static byte[] Creative(SKColor background, bool logo, SKColor ink, float textSize, float textY)
    {
        using var bitmap = new SKBitmap(360, 640);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            if (logo)
            {
                using var drawn = LogoBitmap();
                using var image = SKImage.FromBitmap(drawn);
                canvas.DrawImage(image, new SKRect(40, 90, 140, 190), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            }
            using var typeface = SKTypeface.FromFile(FontPath) ?? throw new InvalidOperationException($"{FontPath} missing: apt-get install fonts-dejavu-core");
            using var font = new SKFont(typeface, textSize);
            using var paint = new SKPaint { Color = ink, IsAntialias = true };
            canvas.DrawText("NEW SINGLE OUT", 30, textY, SKTextAlign.Left, font, paint);
        }
        return Png(bitmap);
    }

    private static SKBitmap LogoBitmap()
    {
        var logo = new SKBitmap(200, 200);
        using var canvas = new SKCanvas(logo);
        canvas.Clear(SKColors.White);
        using var green = new SKPaint { Color = Green, IsAntialias = true };
        using var dark = new SKPaint { Color = Ink, IsAntialias = true };
        canvas.DrawCircle(100, 100, 95, green);
        canvas.DrawRect(45, 70, 110, 30, dark);
        canvas.DrawCircle(130, 140, 22, dark);
        return logo;
    }

    private static byte[] Png(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
