using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Testing;

namespace AdFlux.Web.Tests.Support;

/// <summary>
/// Video made with ffmpeg's test sources (nothing binary committed), and the first profile's clip with one
/// rendered variant, made through video's API as an admin would: uploaded, analysed, a 1:1 variant rendered.
/// Only one format: each is a 1080-pixel encode, and the tests need one to play and download.
/// </summary>
public static class VideoSeed
{
    /// <summary>Length of the test videos: the video service's fixture proposes clips of <see cref="ClipSeconds"/>, so the whole video is one.</summary>
    public const int Seconds = 5;

    public const int ClipSeconds = 6;

    public const string FileName = "seeded-single.mp4";

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), $"adflux-web-video-{Environment.ProcessId}");

    /// <summary>A small H.264/AAC MP4 (a test pattern over a tone); <paramref name="tone"/> changes its bytes, so video sees a new file.</summary>
    public static async Task<string> Mp4Async(string name, int tone, int seconds = Seconds)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        if (File.Exists(path))
        {
            return path;
        }
        await RunAsync("ffmpeg",
            $"-y -hide_banner -loglevel error -f lavfi -i testsrc2=size=160x90:rate=10:duration={seconds} -f lavfi -i sine=frequency={tone}:duration={seconds} " +
            $"-c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -b:a 64k -shortest -movflags +faststart \"{path}\"");
        return path;
    }

    /// <summary>Uploads, waits for the cut analysis, renders the best clip's 1:1 variant; sets the system's video ids.</summary>
    public static async Task SeedAsync(WebSystem system)
    {
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var videoId = await UploadAsync(admin, await Mp4Async(FileName, 330), system.ProfileId);
        var analysis = await WaitForJobAsync(admin, $"/api/video/jobs?videoId={videoId}", jobs => jobs.AsArray().FirstOrDefault());
        Assert.True((string?)analysis["state"] == "succeeded", $"cut analysis: {analysis}");
        var clip = (await admin.GetFromJsonAsync<JsonArray>($"/api/video/clips?videoId={videoId}"))!.FirstOrDefault();
        Assert.True(clip is not null, $"video proposed no clip of {ClipSeconds} s for a {Seconds}-second video");
        var clipId = (Guid)clip["id"]!;
        var render = await SendAsync(admin, admin.PostAsJsonAsync($"/api/video/clips/{clipId}/variants", new { formats = new[] { "1:1" } }));
        var rendered = await WaitForJobAsync(admin, $"/api/video/jobs/{(Guid)render["id"]!}", job => job);
        Assert.True((string?)rendered["state"] == "succeeded", $"render: {rendered}");
        var variant = (await admin.GetFromJsonAsync<JsonArray>($"/api/video/variants?clipId={clipId}"))!.Single()!;
        (system.VideoId, system.ClipId, system.VariantId) = (videoId, clipId, (Guid)variant["id"]!);
    }

    /// <summary>Uploads a file of <paramref name="profile"/> in one multipart request; answers the video's id.</summary>
    public static async Task<Guid> UploadAsync(HttpClient admin, string path, Guid profile)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(file, "file", Path.GetFileName(path));
        form.Add(new StringContent(profile.ToString()), "clientProfileId");
        return (Guid)(await SendAsync(admin, admin.PostAsync("/api/video/uploads", form)))["id"]!;
    }

    private static async Task<JsonNode> WaitForJobAsync(HttpClient admin, string path, Func<JsonNode, JsonNode?> pick)
    {
        var job = await Eventually.WaitAsync(
            async () =>
            {
                await Task.Delay(250);
                return pick((await admin.GetFromJsonAsync<JsonNode>(path))!);
            },
            job => (string?)job?["state"] is "succeeded" or "failed" or "cancelled",
            TimeSpan.FromMinutes(2));
        Assert.True(job is not null, $"no job at {path}");
        return job;
    }

    private static async Task<JsonNode> SendAsync(HttpClient client, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {arguments}: {stderr}");
    }
}
