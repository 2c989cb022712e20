using SkiaSharp;

namespace AdFlux.PlatformSandbox.Freepik;

/// <summary>
/// The sandbox's stock catalogue: a dozen real JPEGs rendered once at start with SkiaSharp
/// (gradients, shapes and a DejaVu caption), with ids, titles, licences and authors that never
/// change, so a search for "beach" always returns the same resources and their bytes decode.
/// </summary>
public sealed class StockLibrary
{
    public const long FirstId = 7_700_001;

    // Title, keywords, content type, orientation, licence, author, two gradient colours.
    private static readonly (string Title, string[] Keywords, string Type, string Orientation, string Licence, string Author, uint From, uint To)[] Catalogue =
    [
        ("Sunset over a calm beach", ["beach", "sunset", "summer", "sea"], "photo", "landscape", "freemium", "wavestudio", 0xFFFF7E5F, 0xFFFEB47B),
        ("Blue abstract circles", ["abstract", "circles", "blue", "background"], "vector", "square", "freemium", "shapecraft", 0xFF1E3C72, 0xFF2A5298),
        ("Concert crowd with stage lights", ["concert", "music", "crowd", "lights"], "photo", "landscape", "premium", "livepix", 0xFF41295A, 0xFF2F0743),
        ("Minimal coffee cup poster", ["coffee", "cup", "minimal", "poster"], "psd", "portrait", "premium", "brewdesign", 0xFF6F4E37, 0xFFD2B48C),
        ("Green mountain trail", ["mountain", "trail", "nature", "green"], "photo", "portrait", "freemium", "trailhead", 0xFF134E5E, 0xFF71B280),
        ("Neon city night", ["city", "night", "neon", "street"], "photo", "landscape", "premium", "urbanglow", 0xFF0F0C29, 0xFF302B63),
        ("Summer sale banner", ["sale", "summer", "banner", "shopping"], "vector", "landscape", "freemium", "shapecraft", 0xFFF7971E, 0xFFFFD200),
        ("Vinyl record on a turntable", ["music", "vinyl", "record", "retro"], "photo", "square", "freemium", "livepix", 0xFF232526, 0xFF414345),
        ("Healthy breakfast bowl", ["food", "breakfast", "healthy", "bowl"], "photo", "square", "premium", "brewdesign", 0xFFFDC830, 0xFFF37335),
        ("Festival poster template", ["festival", "music", "poster", "template"], "psd", "portrait", "premium", "wavestudio", 0xFFDA4453, 0xFF89216B),
        ("Ocean waves texture", ["ocean", "waves", "sea", "texture"], "photo", "landscape", "freemium", "wavestudio", 0xFF2193B0, 0xFF6DD5ED),
        ("Podcast microphone studio", ["podcast", "microphone", "studio", "music"], "photo", "portrait", "freemium", "urbanglow", 0xFF3A1C71, 0xFFD76D77),
    ];

    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    public StockLibrary()
    {
        using var typeface = File.Exists(FontPath) ? SKTypeface.FromFile(FontPath) : SKTypeface.Default;
        Images = [.. Catalogue.Select((entry, index) =>
        {
            var (width, height) = entry.Orientation switch
            {
                "landscape" => (1200, 800),
                "portrait" => (800, 1200),
                _ => (1000, 1000),
            };
            var slug = string.Join('-', entry.Title.ToLowerInvariant().Split(' '));
            var id = FirstId + index;
            return new StockImage(id, entry.Title, slug, entry.Keywords, entry.Type, entry.Orientation, entry.Licence,
                Stable.Number("freepik-author:" + entry.Author, 700_000, 799_999), entry.Author, width, height,
                Render(width, height, entry.From, entry.To, entry.Title, index, typeface));
        })];
    }

    public IReadOnlyList<StockImage> Images { get; }

    public StockImage? Find(long id) => Images.FirstOrDefault(i => i.Id == id);

    private static byte[] Render(int width, int height, uint from, uint to, string caption, int seed, SKTypeface typeface)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(from), new SKColor(to)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, background);
        }
        using (var shape = new SKPaint { IsAntialias = true, Color = new SKColor(255, 255, 255, 90) })
        {
            for (var i = 0; i < 5; i++)
            {
                var x = (seed * 97 + i * 211) % width;
                var y = (seed * 53 + i * 149) % height;
                canvas.DrawCircle(x, y, 40 + (seed * 7 + i * 31) % 120, shape);
            }
        }
        using (var font = new SKFont(typeface, width / 18f))
        using (var text = new SKPaint { IsAntialias = true, Color = SKColors.White })
        {
            canvas.DrawText(caption, width / 2f, height * 0.9f, SKTextAlign.Center, font, text);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
