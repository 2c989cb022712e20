using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Web.Tests.Support;
using Microsoft.Playwright;

namespace AdFlux.Web.Tests;

/// <summary>Video in the web app: uploads and jobs with live progress for admins; clips, variants, player and downloads for a profile's viewers.</summary>
[Collection(WebCollection.Name)]
public sealed class VideoViewsTests(WebSystem system)
{
    [Fact]
    public async Task An_admin_uploads_a_video_through_the_page_and_watches_its_analysis_progress_move_live_to_done()
    {
        var path = await VideoSeed.Mp4Async("uploaded-in-browser.mp4", 550);
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/uploads");
        await page.SelectOptionAsync("#upload-profile", system.ProfileId.ToString());
        // Samples every job progress bar in this page (no reload: a reload would lose the samples).
        await page.EvaluateAsync("""
            () => { window.progressSamples = []; setInterval(() => document.querySelectorAll('progress[id^=job-progress]')
                .forEach(p => window.progressSamples.push([p.id, p.value])), 50); }
            """);

        await page.SetInputFilesAsync("#upload-file", path);
        var uploaded = page.Locator("[data-testid=uploaded]");
        await uploaded.WaitForAsync(new() { Timeout = 60_000 });
        var videoId = Guid.Parse((await uploaded.GetAttributeAsync("data-video"))!);
        var job = page.Locator($"tr[data-video='{videoId}'] .job[data-kind=cut-analysis]");
        await page.Locator($"tr[data-video='{videoId}'] .job[data-state=succeeded]").WaitForAsync(new() { Timeout = 90_000 });

        var size = new FileInfo(path).Length;
        Assert.Equal(size.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#upload-progress", "value"));
        var jobId = Guid.Parse((await job.GetAttributeAsync("data-job"))!);
        var samples = (await page.EvaluateAsync<double[]>(
            "id => window.progressSamples.filter(s => s[0] === id).map(s => s[1])", $"job-progress-{jobId:N}")).ToList();
        var intermediate = samples.Where(v => v is > 0 and < 100).Distinct().ToList();
        Assert.True(intermediate.Count >= 2, $"progress seen: {string.Join(", ", samples.Distinct())}");
        Assert.Equal(100, samples[^1]);
        Assert.Contains("Done", await job.InnerTextAsync(), StringComparison.Ordinal);
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var fromApi = (await admin.GetFromJsonAsync<JsonNode>($"/api/video/jobs/{jobId}"))!;
        Assert.Equal("succeeded", (string?)fromApi["state"]);
        Assert.Equal(system.ProfileId, (Guid)(await admin.GetFromJsonAsync<JsonNode>($"/api/video/videos/{videoId}"))!["clientProfileId"]!);
        await Browsing.ScreenshotAsync(page, "uploads-admin");
        await Browsing.AssertAccessibleAsync(page);

        // From the clips page the admin asks for a 9:16 variant of the new clip: video queues a render job (cancelled
        // here at once, as the seed renders the variant the other tests play).
        var clipId = (Guid)(await admin.GetFromJsonAsync<JsonArray>($"/api/video/clips?videoId={videoId}"))![0]!["id"]!;
        await page.GotoAsync("/clips");
        await Browsing.WaitForCircuitAsync(page);
        await page.SelectOptionAsync($"#render-{clipId:N}", "9:16");
        await page.ClickAsync($"[data-render='{clipId}']");
        await page.Locator($"[data-clip='{clipId}'] [data-testid=render-queued]").WaitForAsync();
        var render = (await admin.GetFromJsonAsync<JsonArray>($"/api/video/jobs?videoId={videoId}"))!.Single(j => (string?)j!["kind"] == "render-variants")!;
        using var cancelled = await admin.PostAsync($"/api/video/jobs/{(Guid)render["id"]!}/cancel", null);
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_cancels_a_running_analysis_and_sees_it_stop_without_a_reload()
    {
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        // Twelve seconds read at twice real time: long enough to be caught running.
        var videoId = await VideoSeed.UploadAsync(admin, await VideoSeed.Mp4Async("to-cancel.mp4", 770, seconds: 12), system.ProfileId);
        var jobId = await AdFlux.Testing.Eventually.WaitAsync(
            async () => (await admin.GetFromJsonAsync<JsonArray>($"/api/video/jobs?videoId={videoId}"))!.Select(j => (Guid?)j!["id"]).FirstOrDefault(),
            id => id is not null, TimeSpan.FromSeconds(30));
        Assert.NotNull(jobId);

        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/uploads");
        var job = page.Locator($".job[data-job='{jobId}']");
        await page.Locator($".job[data-job='{jobId}'][data-state=running]").WaitForAsync(new() { Timeout = 60_000 });
        await page.ClickAsync($"[data-cancel='{jobId}']");
        await page.Locator($".job[data-job='{jobId}'][data-state=cancelled]").WaitForAsync(new() { Timeout = 30_000 });

        Assert.Contains("Cancelled", await job.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await job.Locator("[data-cancel]").CountAsync());
        Assert.Equal("cancelled", (string?)(await admin.GetFromJsonAsync<JsonNode>($"/api/video/jobs/{jobId}"))!["state"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Uploading_a_text_file_shows_the_problems_title_and_field_in_both_languages_and_on_a_phone()
    {
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/uploads");
        await page.SetInputFilesAsync("#upload-file", new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "not a video"u8.ToArray() });

        var problem = page.Locator("[data-testid=problem]");
        await problem.WaitForAsync();
        Assert.Contains("One or more validation errors occurred.", await problem.Locator(".problem-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("contentType", await problem.Locator(".problem-field").First.InnerTextAsync());
        Assert.Equal("failed", await page.GetAttributeAsync("[data-testid=upload-status]", "data-state"));

        await page.GotoAsync("/culture?name=es&returnUrl=/admin/uploads");
        await page.Locator("h1", new() { HasText = "Subidas y trabajos" }).WaitForAsync();
        await Browsing.WaitForCircuitAsync(page);
        await Browsing.AssertFitsAPhoneAsync(page);
        await Browsing.ScreenshotAsync(page, "uploads-phone-spanish");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_its_profiles_clip_and_plays_seeks_and_downloads_its_variant_through_the_web_server()
    {
        await system.VideoSeeded;
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var clip = (await admin.GetFromJsonAsync<JsonNode>($"/api/video/clips/{system.ClipId}"))!;
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword, "/clips");

        var shown = page.Locator($"[data-clip='{system.ClipId}']");
        await shown.WaitForAsync();
        Assert.Equal((double)clip["visualScore"]!, double.Parse((await shown.GetAttributeAsync("data-score"))!, System.Globalization.CultureInfo.InvariantCulture));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.clip-thumbnail')].every(i => i.complete && i.naturalWidth > 0)");
        var player = shown.Locator($"[data-variant='{system.VariantId}'] video");
        await page.WaitForFunctionAsync("v => v.readyState >= 1 && v.duration > 0", await player.ElementHandleAsync());
        var duration = await player.EvaluateAsync<double>("v => v.duration");
        Assert.InRange(duration, (double)clip["durationSeconds"]! - 0.5, (double)clip["durationSeconds"]! + 0.5);
        Assert.Equal(0, await page.Locator("input[type=file], [data-render]").CountAsync());

        // The player's requests go to the web server, which ranges through the gateway; no token in the page.
        var media = await page.Context.APIRequest.GetAsync($"/media/variants/{system.VariantId}", new() { Headers = new Dictionary<string, string> { ["Range"] = "bytes=0-99" } });
        Assert.Equal(206, media.Status);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/video/variants/{system.VariantId}/download");
        ranged.Headers.Range = new RangeHeaderValue(0, 99);
        using var fromApi = await admin.SendAsync(ranged);
        Assert.Equal(await fromApi.Content.ReadAsByteArrayAsync(), await media.BodyAsync());
        Assert.StartsWith("bytes 0-99/", media.Headers["content-range"], StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-download='{system.VariantId}']"));
        var saved = Path.Combine(Browsing.ArtifactsFolder, "variant-download.mp4");
        Directory.CreateDirectory(Browsing.ArtifactsFolder);
        await download.SaveAsAsync(saved);
        Assert.Equal(await admin.GetByteArrayAsync($"/api/video/variants/{system.VariantId}/download"), await File.ReadAllBytesAsync(saved));
        Assert.EndsWith(".mp4", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", await page.ContentAsync(), StringComparison.Ordinal);

        Assert.Contains("Clips and variants", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "clips-viewer");
        await Browsing.AssertAccessibleAsync(page);
        await page.GotoAsync("/culture?name=es&returnUrl=/clips");
        await page.Locator("h1", new() { HasText = "Clips y variantes" }).WaitForAsync();
        await Browsing.AssertFitsAPhoneAsync(page);
        await Browsing.ScreenshotAsync(page, "clips-phone-spanish");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_of_the_other_profile_sees_none_of_the_first_profiles_clips_nor_its_media_and_cannot_upload()
    {
        await system.VideoSeeded;
        // Not containing the first viewer's address: the admin console test finds that one by its text.
        const string email = "artist-two.team@web.test";
        const string password = "the other viewer's password";
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        using var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { email, password, role = "viewer", clientProfileIds = new[] { system.OtherProfileId } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());

        var page = await system.SignedInPageAsync(email, password, "/clips");
        await page.Locator("[data-testid=no-clips]").WaitForAsync();
        Assert.Equal(0, await page.Locator($"[data-video='{system.VideoId}'], [data-clip='{system.ClipId}'], video").CountAsync());
        Assert.Equal(0, await page.Locator("input[type=file], [data-render]").CountAsync());
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync($"/media/variants/{system.VariantId}")).Status);
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync($"/media/clips/{system.ClipId}/thumbnail")).Status);
        Assert.Equal(0, await page.Locator("a[href='/admin/uploads']").CountAsync());

        await page.GotoAsync("/admin/uploads");
        await page.WaitForURLAsync(url => url.Contains("/denied", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("input[type=file]").CountAsync());
        await page.Context.CloseAsync();
    }
}
