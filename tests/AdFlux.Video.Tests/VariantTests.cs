using AdFlux.Testing;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AdFlux.Video.Api;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed partial class VariantTests(VideoWorld world)
{
    [Fact]
    public async Task A_clip_renders_to_three_platform_variants_with_exact_frames_its_duration_and_minus_14_LUFS()
    {
        using var client = world.AdminA();
        var video = await Uploads.UploadVideoAsync(client, await TestMedia.SmallMp4Async(seconds: 13, seed: 50));
        await Jobs.AnalysisOfAsync(client, video.Id);
        var clip = (await client.GetFromJsonAsync<List<ClipResponse>>($"/api/video/clips?videoId={video.Id}&targetSeconds=15", Uploads.Json))!.First();

        var accepted = await client.PostAsJsonAsync($"/api/video/clips/{clip.Id}/variants", new { fit = "blur" });
        var job = (await accepted.Content.ReadFromJsonAsync<JobResponse>(Uploads.Json))!;
        var done = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<JobResponse>($"/api/video/jobs/{job.Id}", Uploads.Json),
            j => j!.State is "succeeded" or "failed", TimeSpan.FromMinutes(6));
        var variants = (await client.GetFromJsonAsync<List<VariantResponse>>($"/api/video/variants?clipId={clip.Id}", Uploads.Json))!;

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.True(done!.State == "succeeded", done.LastError);
        Assert.Equal(["1:1", "4:5", "9:16"], variants.Select(v => v.Format).Order());
        foreach (var variant in variants)
        {
            var path = Path.Combine(TestMedia.Folder, $"variant-{variant.Id:N}.mp4");
            await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync($"/api/video/variants/{variant.Id}/download"));
            var probe = await TestMedia.RunAsync("ffprobe",
                $"-v error -show_entries stream=codec_name,width,height:format=duration -of default=noprint_wrappers=1 \"{path}\"");
            Assert.Contains($"width={variant.Width}", probe);
            Assert.Contains($"height={variant.Height}", probe);
            Assert.Contains("codec_name=h264", probe);
            Assert.Contains("codec_name=aac", probe);
            var duration = double.Parse(DurationLine().Match(probe).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.InRange(duration, clip.DurationSeconds - 0.15, clip.DurationSeconds + 0.15);
            var loudness = await TestMedia.RunAsync("ffmpeg", $"-hide_banner -nostats -i \"{path}\" -map 0:a -af ebur128 -f null -");
            var integrated = double.Parse(IntegratedLine().Matches(loudness)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.InRange(integrated, -15, -13);
        }
        Assert.Equal((1080, 1920), (variants.Single(v => v.Format == "9:16").Width, variants.Single(v => v.Format == "9:16").Height));
        Assert.Equal(1350, variants.Single(v => v.Format == "4:5").Height);
        Assert.All(variants, v => Assert.Equal("blur-fit", v.Reframe));
        using var otherTenant = world.Client(AdFlux.Testing.Auth.TestTokens.Admin(world.TenantB));
        using var viewer = world.Client(AdFlux.Testing.Auth.TestTokens.Viewer(world.TenantA));
        Assert.Equal(HttpStatusCode.NotFound, (await otherTenant.GetAsync($"/api/video/variants/{variants[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTenant.GetAsync($"/api/video/variants/{variants[0].Id}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/video/variants/{variants[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/video/clips/{clip.Id}/variants", new { })).StatusCode);
    }

    [Fact]
    public async Task An_unknown_format_or_fit_is_rejected_naming_the_field()
    {
        using var client = world.AdminA();

        var badFormat = await client.PostAsJsonAsync($"/api/video/clips/{Guid.NewGuid()}/variants", new { formats = new[] { "16:9" } });
        var badFit = await client.PostAsJsonAsync($"/api/video/clips/{Guid.NewGuid()}/variants", new { fit = "stretch" });
        var missing = await client.PostAsJsonAsync($"/api/video/clips/{Guid.NewGuid()}/variants", new { });

        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("formats", await badFormat.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badFit.StatusCode);
        Assert.Contains("fit", await badFit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [GeneratedRegex(@"duration=([0-9.]+)")]
    private static partial Regex DurationLine();

    [GeneratedRegex(@"I:\s*(-?[0-9.]+) LUFS")]
    private static partial Regex IntegratedLine();
}
