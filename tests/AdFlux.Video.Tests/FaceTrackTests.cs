using AdFlux.Testing;
using System.Net.Http.Json;
using AdFlux.Contracts.MlDetection;
using AdFlux.Video.Api;
using AdFlux.Video.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class FaceTrackTests(VideoWorld world)
{
    private const int Width = 1280;
    private const int Height = 720;
    private const double Seconds = 6;
    private const int ShapeWidth = 100;
    private const int ShapeHeight = 140;
    private const int ShapeTop = 290;

    [Fact]
    public async Task A_vertical_variant_keeps_a_face_moving_left_to_right_near_its_horizontal_centre()
    {
        using var client = world.AdminA();
        var source = await TestMedia.MakeAsync("moving-face.mp4",
            $"-f lavfi -i color=c=0x202020:s={Width}x{Height}:r=25:d={Seconds} -f lavfi -i color=c=white:s={ShapeWidth}x{ShapeHeight}:r=25:d={Seconds} " +
            $"-f lavfi -i sine=frequency=330:d={Seconds} -filter_complex \"[0:v][1:v]overlay=x='{ShapeLeft("t")}':y={ShapeTop}[v]\" " +
            "-map \"[v]\" -map 2:a -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -b:a 64k -movflags +faststart");
        var video = await Uploads.UploadVideoAsync(client, source);
        var analysis = await Jobs.AnalysisOfAsync(client, video.Id);
        // The clip starts a second in, so the crop's clock (t from the clip's start) must line up with the source's.
        var clipId = await AddClipAsync(video.Id, analysis.Id, start: 1);

        // What ml-detection answers for the sampled frames: the shape's box as a face, twice per second.
        var bus = world.Factory.Services.GetRequiredService<IBus>();
        var events = Enumerable.Range(0, 13).Select(i => Detection(video.Id, i * 0.5)).ToList();
        foreach (var detection in events.Append(events[0]).Append(events[1] with { EventId = Guid.NewGuid(), SubjectType = "upload" }))
        {
            await bus.Publish(detection);
        }
        await Eventually.WaitAsync(async () =>
        {
            await using var db = world.Db(world.TenantA);
            return await db.FaceBoxes.CountAsync(f => f.VideoId == video.Id);
        }, count => count == events.Count, TimeSpan.FromSeconds(30));

        var accepted = await client.PostAsJsonAsync($"/api/video/clips/{clipId}/variants", new { formats = new[] { "9:16" } });
        var job = (await accepted.Content.ReadFromJsonAsync<JobResponse>(Uploads.Json))!;
        var done = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<JobResponse>($"/api/video/jobs/{job.Id}", Uploads.Json),
            j => j!.State is "succeeded" or "failed", TimeSpan.FromMinutes(3));
        Assert.True(done!.State == "succeeded", done.LastError);
        var variant = (await client.GetFromJsonAsync<List<VariantResponse>>($"/api/video/variants?clipId={clipId}", Uploads.Json))!.Single();
        var path = Path.Combine(TestMedia.Folder, $"face-track-{variant.Id:N}.mp4");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync($"/api/video/variants/{variant.Id}/download"));

        await using (var db = world.Db(world.TenantA))
        {
            Assert.Equal(events.Count, await db.FaceBoxes.CountAsync(f => f.VideoId == video.Id));
        }
        Assert.Equal("face-track", variant.Reframe);
        Assert.Equal((1080, 1920), (variant.Width, variant.Height));
        foreach (var at in new[] { 0.5, 1.5, 2.5, 4 })
        {
            var centre = await BrightCentreAsync(path, at);
            // Centre-cropped the shape would be out of the picture or up to 440 px off the middle; a second off, 390 px off.
            Assert.True(Math.Abs(centre - 540) < 60, $"at {at} s into the clip the face is at x={centre:F0} of 1080");
        }
    }

    private static string ShapeLeft(string t) => $"150+880*{t}/{TestMedia.F(Seconds)}";

    private DetectionCompleted Detection(Guid videoId, double at)
    {
        var left = 150 + 880 * at / Seconds;
        var face = new DetectedObject("face", 0.9, left / Width, (double)ShapeTop / Height, (double)ShapeWidth / Width, (double)ShapeHeight / Height, null);
        var frame = Guid.NewGuid();
        return new DetectionCompleted(Guid.NewGuid(), world.TenantA, DateTimeOffset.UtcNow, frame, "frame", frame, "blazeface-back",
            [face, face with { Label = "person", X = 0, Width = 1 }], videoId, at, "test");
    }

    private async Task<Guid> AddClipAsync(Guid videoId, Guid jobId, double start)
    {
        await using var db = world.Db(world.TenantA);
        var clip = new Clip
        {
            Id = Guid.CreateVersion7(),
            TenantId = world.TenantA,
            VideoId = videoId,
            JobId = jobId,
            TargetSeconds = 15,
            Rank = 99,
            StartSeconds = start,
            EndSeconds = Seconds,
            VisualScore = 0.5,
            Reason = "the test video from its first second",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Clips.Add(clip);
        await db.SaveChangesAsync();
        return clip.Id;
    }

    /// <summary>The mean column of the bright pixels in the frame at <paramref name="at"/>, in 1080-wide coordinates.</summary>
    private static async Task<double> BrightCentreAsync(string path, double at)
    {
        var raw = Path.Combine(TestMedia.Folder, $"{Path.GetFileNameWithoutExtension(path)}-{at}.gray");
        await TestMedia.RunAsync("ffmpeg", $"-y -hide_banner -loglevel error -ss {TestMedia.F(at)} -i \"{path}\" -frames:v 1 -vf scale=270:480,format=gray -f rawvideo \"{raw}\"");
        var pixels = await File.ReadAllBytesAsync(raw);
        Assert.Equal(270 * 480, pixels.Length);
        var columns = pixels.Select((p, i) => (p, i)).Where(x => x.p > 128).Select(x => x.i % 270).ToList();
        Assert.True(columns.Count > 500, $"only {columns.Count} bright pixels at {at} s: the face left the picture");
        return columns.Average() * 4;
    }
}
