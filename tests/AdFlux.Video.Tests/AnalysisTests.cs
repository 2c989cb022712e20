using System.Net.Http.Json;
using AdFlux.Video.Api;
using AdFlux.Video.CutAnalysis;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class AnalysisTests(VideoWorld world)
{
    private static readonly double[] Shots = [0, 3, 7, 12, 16, 19, 24, 28, 33, 37, 40];

    [Fact]
    public async Task Clips_start_and_end_on_the_known_scene_cuts_within_one_frame()
    {
        const int Fps = 10;
        var path = await TestMedia.ShotsAsync("shots.mp4", Shots, Fps, "sine=frequency=220");
        using var client = world.AdminA();
        var video = await Uploads.UploadVideoAsync(client, path);

        var job = await Jobs.AnalysisOfAsync(client, video.Id);
        var analysis = await client.GetFromJsonAsync<AnalysisResult>($"/api/video/videos/{video.Id}/analysis", Uploads.Json);
        var clips = await client.GetFromJsonAsync<List<ClipResponse>>($"/api/video/clips?videoId={video.Id}", Uploads.Json);

        Assert.Equal("succeeded", job.State);
        Assert.Equal(Shots[1..^1], analysis!.SceneCuts.Select(c => Math.Round(c, 1)));
        Assert.All(analysis.SceneCuts.Zip(Shots[1..^1]), pair => Assert.InRange(Math.Abs(pair.First - pair.Second), 0, 1.0 / Fps + 1e-6));
        foreach (var target in new[] { 15, 30 })
        {
            var forTarget = clips!.Where(c => c.TargetSeconds == target).ToList();
            Assert.InRange(forTarget.Count, 3, 5);
            Assert.All(forTarget, clip =>
            {
                Assert.Contains(Shots, shot => Math.Abs(shot - clip.StartSeconds) <= 1.0 / Fps + 1e-6);
                Assert.Contains(Shots, shot => Math.Abs(shot - clip.EndSeconds) <= 1.0 / Fps + 1e-6);
                Assert.InRange(clip.DurationSeconds, target * 0.8, target);
                Assert.InRange(clip.VisualScore, 0, 1);
                Assert.Contains("scene cut", clip.Reason);
                Assert.True(clip.HasThumbnail);
            });
        }
        Assert.DoesNotContain(clips!, c => c.TargetSeconds == 60);
        var thumbnail = await client.GetAsync($"/api/video/clips/{clips![0].Id}/thumbnail");
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task On_generated_music_beats_fall_within_50_ms_and_the_repeated_chorus_is_preferred()
    {
        using var client = world.AdminA();
        var video = await Uploads.UploadVideoAsync(client, await Music.VideoAsync());

        var job = await Jobs.AnalysisOfAsync(client, video.Id);
        var analysis = (await client.GetFromJsonAsync<AnalysisResult>($"/api/video/videos/{video.Id}/analysis", Uploads.Json))!;
        var clips = (await client.GetFromJsonAsync<List<ClipResponse>>($"/api/video/clips?videoId={video.Id}&targetSeconds=15", Uploads.Json))!;

        Assert.Equal("succeeded", job.State);
        Assert.InRange(analysis.TempoBpm!.Value, Music.Bpm * 0.98, Music.Bpm * 1.02);
        var beat = 60 / Music.Bpm;
        var inner = analysis.Beats.Where(b => b is > 1 and < Music.Seconds - 1).ToList();
        Assert.True(inner.Count >= (Music.Seconds - 2) / beat * 0.9, $"only {inner.Count} beats found");
        Assert.All(inner, b => Assert.InRange(Math.Abs(b - Math.Round(b / beat) * beat), 0, 0.05));
        Assert.All(analysis.Downbeats.Where(b => b is > 1 and < Music.Seconds - 1),
            b => Assert.InRange(Math.Abs(b - Math.Round(b / Music.BarSeconds) * Music.BarSeconds), 0, 0.05));
        Assert.Contains(analysis.RepeatedSections, s => Overlap(s.Start, s.End, Music.Choruses[0]) >= 6);
        Assert.Contains(analysis.RepeatedSections, s => Overlap(s.Start, s.End, Music.Choruses[1]) >= 6);

        Assert.InRange(clips.Count, 3, 5);
        var best = clips.OrderBy(c => c.Rank).First();
        Assert.True(Music.Choruses.Any(chorus => Overlap(best.StartSeconds, best.EndSeconds, chorus) >= 6),
            $"best clip {best.StartSeconds}-{best.EndSeconds} misses the chorus: {best.Reason}");
        Assert.All(clips, clip => Assert.InRange(Math.Abs(clip.StartSeconds - Math.Round(clip.StartSeconds / Music.BarSeconds) * Music.BarSeconds), 0, 0.05));
        Assert.Contains("chorus", best.Reason);
        // Each clip says how it starts (the rules proposal ranks by it): in the chorus, or on a bar line.
        Assert.All(clips, clip => Assert.Contains(clip.StartType, new[] { "chorus", "phrase", "bar", "cut-on-bar", "video-start" }));
        Assert.Equal(clips.Any(c => Music.Choruses.Any(ch => c.StartSeconds >= ch.Start - 0.05 && c.StartSeconds < ch.End - 0.5)), clips.Any(c => c.StartType == "chorus"));
    }

    private static double Overlap(double start, double end, (double Start, double End) section) =>
        Math.Max(0, Math.Min(end, section.End) - Math.Max(start, section.Start));
}
