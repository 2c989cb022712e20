using AdFlux.Testing;
using System.Diagnostics;
using System.Net.Http.Json;
using AdFlux.Video.Api;

namespace AdFlux.Video.Tests;

/// <summary>
/// Its own host: the analysis reads the source in real time here, so a job is reliably still running when it is cancelled.
/// It counts every ffmpeg child of the test process, so it runs alone: another class's ffmpeg would look like one left behind.
/// </summary>
[Collection(FfmpegCountingCollection.Name)]
public sealed class CancelTests : IAsyncLifetime
{
    private readonly VideoWorld _world = new([("Video:AnalysisReadRate", "1")]);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task Cancelling_a_running_job_stops_its_ffmpeg_process()
    {
        using var client = _world.AdminA();
        var video = await Uploads.UploadVideoAsync(client, await TestMedia.SmallMp4Async(seconds: 60, seed: 30));
        var running = await Jobs.AnalysisOfAsync(client, video.Id, j => j.State == "running" && j.Progress > 0);
        Assert.NotEmpty(FfmpegChildren());

        var response = await client.PostAsync($"/api/video/jobs/{running.Id}/cancel", null);
        var cancelled = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<JobResponse>($"/api/video/jobs/{running.Id}", Uploads.Json),
            j => j!.State == "cancelled", TimeSpan.FromSeconds(20));
        var left = await Eventually.WaitAsync(() => Task.FromResult(FfmpegChildren()), c => c.Count == 0, TimeSpan.FromSeconds(10));

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("cancelled", cancelled!.State);
        Assert.True(cancelled.Progress < 100);
        Assert.Empty(left);
        var clips = await client.GetFromJsonAsync<List<ClipResponse>>($"/api/video/clips?videoId={video.Id}", Uploads.Json);
        Assert.Empty(clips!);
    }

    /// <summary>ffmpeg processes started by this test process (the host runs in it).</summary>
    private static List<int> FfmpegChildren()
    {
        var self = Environment.ProcessId;
        var children = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                if (name == "ffmpeg" && parent == self && !stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z'))
                {
                    children.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        return children;
    }
}
