using AdFlux.Testing;
using System.Net.Http.Json;
using AdFlux.Video.Api;

namespace AdFlux.Video.Tests;

public static class Jobs
{
    public static async Task<JobResponse> AnalysisOfAsync(HttpClient client, Guid videoId, Func<JobResponse, bool>? until = null)
    {
        until ??= job => job.State is "succeeded" or "failed" or "cancelled";
        var job = await Eventually.WaitAsync(
            async () => (await client.GetFromJsonAsync<List<JobResponse>>($"/api/video/jobs?videoId={videoId}", Uploads.Json))!.FirstOrDefault(),
            job => job is not null && until(job),
            TimeSpan.FromMinutes(3));
        Assert.NotNull(job);
        return job;
    }
}
