using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.MlDetection.Api;
using AdFlux.MlDetection.Compliance;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing.Auth;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace AdFlux.MlDetection.Tests;

[Collection(EnginesCollection.Name)]
public sealed class ComplianceTests(EnginesFixture engines)
{
    private static readonly SKColor Green = SKColor.Parse("#1DB954");
    private static readonly SKColor Ink = SKColor.Parse("#191414");
    private static readonly SKColor[] Palette = [Green, Ink, SKColors.White];
    private static readonly ComplianceRules Rules = new(null, null, null, 0.1, 0.025, 4.5, "tiktok");

    /// <summary>A 360×640 vertical creative: background, optional logo at the top left, one text line at <paramref name="textY"/>.</summary>
    internal static SKBitmap Creative(SKColor background, bool logo, SKColor ink, float textSize, float textY)
    {
        var bitmap = new SKBitmap(360, 640);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(background);
        if (logo)
        {
            using var drawn = Logo();
            using var image = SKImage.FromBitmap(drawn);
            canvas.DrawImage(image, new SKRect(40, 90, 140, 190), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        }
        using var typeface = SKTypeface.FromFile(TestImages.FontPath);
        using var font = new SKFont(typeface, textSize);
        using var paint = new SKPaint { Color = ink, IsAntialias = true };
        canvas.DrawText("NEW SINGLE OUT", 30, textY, SKTextAlign.Left, font, paint);
        return bitmap;
    }

    /// <summary>A brand mark: a green disc with a dark bar and dot, on white.</summary>
    internal static SKBitmap Logo()
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

    private Task<ComplianceResult> ScoreAsync(SKBitmap image, bool withLogo)
    {
        using var logo = withLogo ? Logo() : null;
        return engines.Get<ComplianceScorer>().ScoreAsync(image, logo, Palette, Rules, CancellationToken.None);
    }

    private static double Part(ComplianceResult result, string name) => result.Parts.Single(p => p.Name == name).Score;

    [Fact]
    public async Task Colour_is_high_on_palette_and_low_off_palette()
    {
        using var on = Creative(SKColors.White, true, Ink, 34, 400);
        using var off = Creative(SKColor.Parse("#E02020"), false, SKColor.Parse("#FFE000"), 34, 400);

        var onScore = await ScoreAsync(on, withLogo: true);
        var offScore = await ScoreAsync(off, withLogo: true);

        Assert.True(Part(onScore, "colour") > 0.9, onScore.Parts[0].Reason);
        Assert.True(Part(offScore, "colour") < 0.2, offScore.Parts[0].Reason);
        Assert.Contains("#", offScore.Parts[0].Reason);
        Assert.True(onScore.Score > offScore.Score);
    }

    [Fact]
    public async Task Logo_present_scores_and_absent_scores_nothing()
    {
        using var with = Creative(SKColors.White, true, Ink, 34, 400);
        using var without = Creative(SKColors.White, false, Ink, 34, 400);

        var present = await ScoreAsync(with, withLogo: true);
        var absent = await ScoreAsync(without, withLogo: true);

        Assert.True(Part(present, "logo") >= 0.75, present.Parts[1].Reason);
        Assert.Equal(0, Part(absent, "logo"));
        Assert.Contains("not found", absent.Parts[1].Reason);
    }

    [Fact]
    public async Task Typography_fails_faint_small_text_and_layout_fails_text_under_the_caption_overlay()
    {
        using var good = Creative(SKColors.White, true, Ink, 34, 400);
        using var faint = Creative(SKColors.White, true, SKColor.Parse("#C8C8C8"), 34, 400);
        using var low = Creative(SKColors.White, true, Ink, 34, 600);

        var goodScore = await ScoreAsync(good, withLogo: true);
        var faintScore = await ScoreAsync(faint, withLogo: true);
        var lowScore = await ScoreAsync(low, withLogo: true);

        Assert.Equal(1, Part(goodScore, "typography"));
        Assert.Equal(1, Part(goodScore, "layout"));
        Assert.True(Part(faintScore, "typography") < 1, faintScore.Parts[2].Reason);
        Assert.Contains("contrast", faintScore.Parts[2].Reason);
        Assert.True(Part(lowScore, "layout") < 1, lowScore.Parts[3].Reason);
        Assert.Contains("caption", lowScore.Parts[3].Reason);
    }

    [Fact]
    public void Cielab_and_wcag_match_published_values()
    {
        var white = Cielab.FromRgb(255, 255, 255);
        Assert.Equal(100, white.L, 1);
        Assert.Equal(21, Cielab.ContrastRatio(Cielab.Luminance(0, 0, 0), Cielab.Luminance(255, 255, 255)), 2);
        // #767676 on white is the lightest grey that passes WCAG AA (4.54:1).
        Assert.Equal(4.54, Cielab.ContrastRatio(Cielab.Luminance(0x76, 0x76, 0x76), 1), 2);
    }
}

[Collection(MlServiceCollection.Name)]
public sealed class ComplianceApiTests(MlService service)
{
    [Fact]
    public async Task Compliance_answers_the_four_parts_and_announces_ComplianceScored_and_bad_rules_answer_400()
    {
        var tenant = Guid.NewGuid();
        using var client = service.Client(TestTokens.Admin(tenant));
        var image = Convert.ToBase64String(TestImages.Text(360, 640, ("NEW SINGLE OUT", 30, 300, 34)));
        var subject = Guid.NewGuid();

        var response = await client.PostAsJsonAsync("/api/ml/compliance", new
        {
            image,
            subjectId = subject,
            subjectType = "creative",
            rules = new { palette = new[] { "#FFFFFF", "#141414" }, platform = "tiktok" },
        });
        var bad = await client.PostAsJsonAsync("/api/ml/compliance", new { image, rules = new { palette = new[] { "green-ish" }, platform = "myspace" } });
        var notImage = await client.PostAsJsonAsync("/api/ml/compliance", new { image = Convert.ToBase64String("text"u8.ToArray()) });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<ComplianceResponse>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        Assert.Equal(["colour", "logo", "typography", "layout"], result.Parts.Select(p => p.Name));
        Assert.Equal([0.25, 0.30, 0.20, 0.25], result.Parts.Select(p => p.Weight));
        Assert.InRange(result.Score, 0.9, 1);
        Assert.Equal(subject, result.SubjectId);
        var events = await service.InScopeAsync(db => db.Set<OutboxMessage>().Where(m => m.TenantId == tenant).Select(m => m.Payload).ToListAsync());
        Assert.Contains(events, e => e.Contains(subject.ToString(), StringComparison.Ordinal) && e.Contains("typography", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("rules.palette[0]", problem);
        Assert.Contains("rules.platform", problem);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notImage.StatusCode);
    }
}
