using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SkiaSharp;

namespace AdFlux.Ads.Tests.Creatives;

[Collection(AdsCollection.Name)]
public sealed class CreativesApiTests(AdsWorld world)
{
    private async Task<HttpResponseMessage> PostCopyAsync(object body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ads/creatives/copy") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? world.AdminA);
        return await world.Client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostVariantsAsync(byte[]? image, string? formats = null, string? regions = null, string? token = null)
    {
        var form = new MultipartFormDataContent();
        if (image is not null)
        {
            var file = new ByteArrayContent(image);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "image", "source.png");
        }
        if (formats is not null)
        {
            form.Add(new StringContent(formats), "formats");
        }
        if (regions is not null)
        {
            form.Add(new StringContent(regions), "regions");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ads/creatives/variants") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? world.AdminA);
        return await world.Client.SendAsync(request);
    }

    private static async Task<JsonNode> JsonOf(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    [Fact]
    public async Task Copy_answers_per_platform_and_names_the_sandbox_as_its_provider()
    {
        using var response = await PostCopyAsync(new { platforms = new[] { "google", "tiktok" }, brief = "Arena tour tickets for every city", tone = "bold", bannedWords = new[] { "free" }, language = "en" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonOf(response);
        Assert.Equal("sandbox", body["provider"]!["name"]!.GetValue<string>());
        Assert.True(body["provider"]!["isSandbox"]!.GetValue<bool>());
        var google = body["platforms"]![0]!;
        Assert.Equal("google", google["platform"]!.GetValue<string>());
        Assert.InRange(google["headline"]!.GetValue<string>().Length, 1, 30);
        Assert.False(google["flagged"]!.GetValue<bool>());
        Assert.True(body["usage"]!["inputTokens"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Flagged_copy_comes_back_with_its_reasons()
    {
        using var response = await PostCopyAsync(new { platforms = new[] { "meta" }, brief = "Cheap seats tonight", bannedWords = new[] { "cheap" } });

        var meta = (await JsonOf(response))["platforms"]![0]!;
        Assert.True(meta["flagged"]!.GetValue<bool>());
        Assert.Equal(2, meta["attempts"]!.GetValue<int>());
        Assert.Contains(meta["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("banned word 'cheap'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"platforms":["myspace"],"brief":"Tour"}""", "platforms")]
    [InlineData("""{"platforms":[],"brief":"Tour"}""", "platforms")]
    [InlineData("""{"platforms":["meta"],"brief":"  "}""", "brief")]
    [InlineData("""{"platforms":["meta"],"brief":"Tour","language":"xx-notalanguage"}""", "language")]
    public async Task A_bad_copy_request_is_400_naming_the_field(string body, string field)
    {
        using var response = await PostCopyAsync(JsonDocument.Parse(body).RootElement);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await JsonOf(response))["errors"]![field]);
    }

    [Fact]
    public async Task Variants_come_back_as_a_zip_of_exact_sizes_with_a_manifest()
    {
        var source = TestImages.WithRedBox(3000, 2000, new SKRect(2700, 900, 2900, 1100));
        using var response = await PostVariantsAsync(source, "story,1080x1080", """[{"x":2700,"y":900,"width":200,"height":200}]""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["story-1080x1920.jpg", "square-1080x1080.jpg", "variants.json"], zip.Entries.Select(e => e.FullName));
        using (var story = SKBitmap.Decode(zip.GetEntry("story-1080x1920.jpg")!.Open()))
        {
            Assert.Equal((1080, 1920), (story.Width, story.Height));
        }
        var manifest = JsonNode.Parse(zip.GetEntry("variants.json")!.Open())!.AsArray();
        Assert.All(manifest, v => Assert.True(v!["crop"]!["regionsInside"]!.GetValue<bool>()));
        Assert.All(manifest, v => Assert.False(v!["upscaled"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_422_naming_the_image_field()
    {
        using var response = await PostVariantsAsync("GIF? no, plain text"u8.ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await JsonOf(response))["errors"]!["image"]);
    }

    [Theory]
    [InlineData(null, "billboard", null, "formats")]
    [InlineData(null, null, "[{\"x\":1}]", "regions")]
    [InlineData(null, null, "not json", "regions")]
    [InlineData("missing", null, null, "image")]
    public async Task A_bad_variants_request_is_400_naming_the_field(string? noImage, string? formats, string? regions, string field)
    {
        using var response = await PostVariantsAsync(noImage is null ? TestImages.Grey(100, 100) : null, formats, regions);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await JsonOf(response))["errors"]![field]);
    }

    [Fact]
    public async Task A_viewer_may_not_render_variants()
    {
        using var response = await PostVariantsAsync(TestImages.Grey(100, 100), token: world.Matrix.A.ViewerToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
