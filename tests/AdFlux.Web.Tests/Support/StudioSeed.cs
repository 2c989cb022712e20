using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SkiaSharp;

namespace AdFlux.Web.Tests.Support;

/// <summary>
/// The creative studio's approval queue, made through the gateway as an admin would: the first profile's brand (palette and
/// logo), a one-step workflow any admin decides, and two requests submitted to it: one with an on-brand image that
/// ml-detection scores, one without assets. Both wait in review.
/// </summary>
public static class StudioSeed
{
    public const string ScoredTitle = "Single launch teaser";
    public const string BareTitle = "Tour poster";
    public const string BrandName = "Artist One brand";
    public const string AssetFileName = "teaser.png";
    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    private static readonly SKColor Green = SKColor.Parse("#1DB954");
    private static readonly SKColor Ink = SKColor.Parse("#191414");

    /// <summary>The request whose decision the tests send (approved), and the one they send a decision without a comment.</summary>
    public sealed record Seeded(Guid ScoredRequestId, Guid BareRequestId);

    /// <summary>ml-detection's settings in the web tests: identity for tokens, the models the repository's cache holds.</summary>
    public static Dictionary<string, string?> MlSettings(Dictionary<string, string?> callsIdentity) => new(callsIdentity)
    {
        ["MlDetection:ModelsPath"] = Path.Combine(AdFlux.Testing.RepositoryPaths.Root, ".models"),
        ["MlDetection:UserModelsPath"] = Path.Combine(AdFlux.Testing.RepositoryPaths.Root, ".models", "user-web-tests"),
    };

    public static async Task SeedAsync(WebSystem system)
    {
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        await SendAsync(admin, "/api/ads/studio/brands", new
        {
            clientProfileId = system.ProfileId,
            name = BrandName,
            palette = new[] { "#1DB954", "#191414", "#FFFFFF" },
            paletteTolerance = 10,
            logo = Convert.ToBase64String(Png(LogoBitmap())),
            minLogoWidthRatio = 0.1,
            minTextHeightRatio = 0.025,
            minContrast = 4.5,
            safeZonePlatforms = new[] { "tiktok" },
            toneOfVoice = "Warm, direct, never shouting.",
            bannedWords = new[] { "cheap" },
        });
        var workflow = Id(await SendAsync(admin, "/api/ads/studio/workflows", new
        {
            name = "Label review",
            isDefault = false,
            steps = new[] { new { name = "Brand check", approverUserIds = Array.Empty<Guid>(), approverRole = "admin", rule = "any" } },
        }));
        var scored = await DraftAsync(admin, system.ProfileId, ScoredTitle);
        var bare = await DraftAsync(admin, system.ProfileId, BareTitle);
        await system.MlMigrated;
        await SendAsync(admin, $"/api/ads/studio/requests/{scored}/assets", new { fileName = AssetFileName, image = Convert.ToBase64String(OnBrand()), platform = "tiktok" });
        foreach (var request in new[] { scored, bare })
        {
            var submitted = await SendAsync(admin, $"/api/ads/studio/requests/{request}/submit", new { workflowId = workflow, reason = "Ready for review" });
            Assert.Equal("in_review", (string?)submitted!["status"]);
        }
        system.StudioSeeded = new Seeded(scored, bare);
    }

    private static async Task<Guid> DraftAsync(HttpClient admin, Guid profile, string title) => Id(await SendAsync(admin, "/api/ads/studio/requests", new
    {
        clientProfileId = profile,
        title,
        brief = "Vertical teaser for the new single.",
        platforms = new[] { "tiktok", "instagram-feed" },
        formats = new[] { "1080x1920", "1080x1350" },
        copyNeeds = new[] { "headline", "call_to_action" },
        dueAt = DateTimeOffset.UtcNow.AddDays(7),
    }));

    /// <summary>White and ink from the palette, the logo at the top left, a large dark headline clear of TikTok's overlays.</summary>
    private static byte[] OnBrand()
    {
        using var bitmap = new SKBitmap(360, 640);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var drawn = LogoBitmap();
            using var image = SKImage.FromBitmap(drawn);
            canvas.DrawImage(image, new SKRect(40, 90, 140, 190), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            using var typeface = SKTypeface.FromFile(FontPath) ?? throw new InvalidOperationException($"{FontPath} missing: apt-get install fonts-dejavu-core");
            using var font = new SKFont(typeface, 34);
            using var paint = new SKPaint { Color = Ink, IsAntialias = true };
            canvas.DrawText("NEW SINGLE OUT", 30, 400, SKTextAlign.Left, font, paint);
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
        using (bitmap)
        {
            using var image = SKImage.FromBitmap(bitmap);
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
    }

    private static Guid Id(JsonNode? body) => Guid.Parse((string)body!["id"]!);

    private static async Task<JsonNode?> SendAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
