using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Testing.Auth;
using AdFlux.Video.Api;

namespace AdFlux.Video.Tests;

/// <summary>A viewer limited to client profiles sees those profiles' videos and their jobs, nothing of another profile's or the label's own.</summary>
[Collection(VideoCollection.Name)]
public sealed class ClientScopeTests(VideoWorld world)
{
    [Fact]
    public async Task A_viewer_sees_only_its_client_profiles_videos_and_their_jobs()
    {
        using var admin = world.AdminA();
        var (mine, other) = (Guid.NewGuid(), Guid.NewGuid());
        // Three different files: the same bytes would be one stored video.
        var myVideo = await UploadAsync(admin, await TestMedia.SmallMp4Async(seed: 71), mine);
        var otherVideo = await UploadAsync(admin, await TestMedia.SmallMp4Async(seed: 72), other);
        var labelsVideo = await UploadAsync(admin, await TestMedia.SmallMp4Async(seed: 73), null);
        using var viewer = world.Client(TestTokens.Viewer(world.TenantA, null, mine));

        var videos = (await viewer.GetFromJsonAsync<List<VideoResponse>>("/api/video/videos", Uploads.Json))!.Select(v => v.Id).ToList();
        var jobs = (await viewer.GetFromJsonAsync<List<JobResponse>>("/api/video/jobs", Uploads.Json))!;
        var otherJobs = (await admin.GetFromJsonAsync<List<JobResponse>>($"/api/video/jobs?videoId={otherVideo}", Uploads.Json))!;

        Assert.Contains(myVideo, videos);
        Assert.DoesNotContain(otherVideo, videos);
        Assert.DoesNotContain(labelsVideo, videos);
        Assert.Contains(jobs, j => j.VideoId == myVideo);
        Assert.All(jobs, j => Assert.Equal(myVideo, j.VideoId));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/video/videos/{myVideo}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/video/videos/{otherVideo}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/video/videos/{otherVideo}/source")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/video/jobs/{otherJobs.First().Id}")).StatusCode);
        // The admin still sees all three.
        var all = (await admin.GetFromJsonAsync<List<VideoResponse>>("/api/video/videos", Uploads.Json))!.Select(v => v.Id).ToList();
        Assert.Subset(all.ToHashSet(), new HashSet<Guid> { myVideo, otherVideo, labelsVideo });
    }

    private static async Task<Guid> UploadAsync(HttpClient client, string path, Guid? clientProfileId)
    {
        using var form = new MultipartFormDataContent();
        if (clientProfileId is { } profile)
        {
            form.Add(new StringContent(profile.ToString()), "clientProfileId");
        }
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("video/mp4");
        form.Add(file, "file", "song.mp4");
        using var response = await client.PostAsync("/api/video/uploads", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonSerializer.Deserialize<VideoResponse>(body, Uploads.Json)!.Id;
    }
}
