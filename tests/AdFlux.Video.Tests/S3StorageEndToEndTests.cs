using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AdFlux.PlatformSandbox.S3;
using AdFlux.Testing;
using AdFlux.Video.Api;

namespace AdFlux.Video.Tests;

[Collection(S3VideoCollection.Name)]
public sealed class S3StorageEndToEndTests(S3VideoWorld world)
{
    [Fact]
    public async Task With_the_S3_store_a_chunked_upload_is_analysed_rendered_and_served_by_range_from_the_bucket_and_only_frames_stay_local()
    {
        using var client = world.Video.AdminA();
        var bytes = await File.ReadAllBytesAsync(await TestMedia.SmallMp4Async(seconds: 13, seed: 91));
        var session = await Uploads.CreateSessionAsync(client, bytes.Length);
        const int chunk = 512 * 1024;
        for (var offset = 0; offset < bytes.Length; offset += chunk)
        {
            (await Uploads.ChunkAsync(client, session.Id, offset, bytes.AsMemory(offset, Math.Min(chunk, bytes.Length - offset)))).EnsureSuccessStatusCode();
        }
        var completed = await client.PostAsync($"/api/video/uploads/sessions/{session.Id}/complete", null);
        Assert.True(completed.StatusCode == HttpStatusCode.Created, await completed.Content.ReadAsStringAsync());
        var video = (await completed.Content.ReadFromJsonAsync<VideoResponse>(Uploads.Json))!;

        var analysis = await Jobs.AnalysisOfAsync(client, video.Id);
        Assert.True(analysis.State == "succeeded", analysis.LastError);
        var clip = (await client.GetFromJsonAsync<List<ClipResponse>>($"/api/video/clips?videoId={video.Id}&targetSeconds=15", Uploads.Json))!.First();
        var accepted = await client.PostAsJsonAsync($"/api/video/clips/{clip.Id}/variants", new { formats = new[] { "1:1" } });
        var job = (await accepted.Content.ReadFromJsonAsync<JobResponse>(Uploads.Json))!;
        var rendered = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<JobResponse>($"/api/video/jobs/{job.Id}", Uploads.Json),
            j => j!.State is "succeeded" or "failed", TimeSpan.FromMinutes(3));
        Assert.True(rendered!.State == "succeeded", rendered.LastError);
        var variant = (await client.GetFromJsonAsync<List<VariantResponse>>($"/api/video/variants?clipId={clip.Id}", Uploads.Json))!.Single();

        var folder = $"videos/{world.Video.TenantA:N}/{video.Id:N}/";
        var inBucket = world.S3.Store.List(S3Credentials.DefaultBucket, folder, null, 1000).Items.Select(i => i.Key).ToList();
        var variantKey = inBucket.Single(k => k.StartsWith(folder + "clips/", StringComparison.Ordinal) && k.EndsWith("-1x1.mp4", StringComparison.Ordinal));
        var variantBytes = world.S3.Store.Get(S3Credentials.DefaultBucket, variantKey)!.Bytes;
        using var rangeRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/video/variants/{variant.Id}/download");
        rangeRequest.Headers.Range = new RangeHeaderValue(100, 1099);
        using var ranged = await client.SendAsync(rangeRequest);
        using var sourceRange = new HttpRequestMessage(HttpMethod.Get, $"/api/video/videos/{video.Id}/source");
        sourceRange.Headers.Range = new RangeHeaderValue(bytes.Length - 500, null);
        using var sourceTail = await client.SendAsync(sourceRange);
        var thumbnail = await client.GetAsync($"/api/video/clips/{clip.Id}/thumbnail");
        var local = world.Video.StoredFiles().Select(f => Path.GetRelativePath(world.Video.StorageRoot, f).Replace('\\', '/')).ToList();

        Assert.Equal(bytes, world.S3.Store.Get(S3Credentials.DefaultBucket, folder + "source.mp4")!.Bytes);
        Assert.Contains(inBucket, k => k.StartsWith(folder + "clips/", StringComparison.Ordinal) && k.EndsWith(".jpg", StringComparison.Ordinal));
        Assert.Equal(variant.SizeBytes, variantBytes.Length);
        Assert.Equal(HttpStatusCode.PartialContent, ranged.StatusCode);
        Assert.Equal(variantBytes.AsSpan(100, 1000).ToArray(), await ranged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, sourceTail.StatusCode);
        Assert.Equal(bytes.AsSpan(bytes.Length - 500).ToArray(), await sourceTail.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        // The working folder keeps the sampled frames (ml-detection reads them there), nothing durable, and no leftovers of the upload or the jobs.
        Assert.NotEmpty(local);
        Assert.All(local, f => Assert.StartsWith(folder + "frames/", f));
        Assert.DoesNotContain(inBucket, k => k.Contains("/frames/", StringComparison.Ordinal));
    }
}
