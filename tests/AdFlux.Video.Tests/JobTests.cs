using AdFlux.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Video.Api;
using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class JobTests(VideoWorld world)
{
    [Fact]
    public async Task An_upload_starts_an_analysis_job_whose_progress_streams_as_server_sent_events_until_it_succeeds()
    {
        using var client = world.AdminA();
        var video = await Uploads.UploadVideoAsync(client, await TestMedia.SmallMp4Async(seconds: 14, seed: 20));
        var job = await Jobs.AnalysisOfAsync(client, video.Id, _ => true);

        using var stream = await client.GetStreamAsync($"/api/video/jobs/{job.Id}/events");
        using var reader = new StreamReader(stream);
        var updates = new List<JobResponse>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                updates.Add(JsonSerializer.Deserialize<JobResponse>(line[6..], Uploads.Json)!);
            }
        }
        var done = await client.GetFromJsonAsync<JobResponse>($"/api/video/jobs/{job.Id}", Uploads.Json);
        var jobsSummary = await client.GetFromJsonAsync<JobsSummary>("/api/video/debug/jobs/summary", Uploads.Json);
        var clipsSummary = await client.GetFromJsonAsync<ClipsSummary>("/api/video/debug/clips/summary", Uploads.Json);

        Assert.Equal("cut-analysis", job.Kind);
        Assert.Equal("succeeded", updates[^1].State);
        Assert.True(updates.Select(u => u.Progress).SequenceEqual(updates.Select(u => u.Progress).Order()));
        Assert.Equal(("succeeded", 100.0, 1), (done!.State, done.Progress, done.Attempts));
        Assert.NotNull(done.StartedAt);
        Assert.True(done.DurationSeconds > 0);
        Assert.True(jobsSummary!.ByState.GetValueOrDefault("succeeded") >= 1);
        Assert.Contains(clipsSummary!.ByTargetSeconds, l => l.TargetSeconds == 15);
        await using var db = world.Db(world.TenantA);
        var events = await db.Set<ServiceDefaults.Outbox.OutboxMessage>().AsNoTracking().Where(m => m.TenantId == world.TenantA).ToListAsync();
        foreach (var type in new[] { "JobCreated", "JobStarted", "JobCompleted", "ClipCreated", "FramesSampled" })
        {
            Assert.Contains(events, e => e.MessageType.Contains($".{type},", StringComparison.Ordinal) && e.Payload.Contains(job.Id.ToString()) || e.MessageType.Contains($".{type},", StringComparison.Ordinal) && e.Payload.Contains(video.Id.ToString()));
        }
    }

    [Fact]
    public async Task A_job_whose_worker_died_mid_run_is_taken_over_when_its_lease_expires_and_completes()
    {
        using var client = world.AdminA();
        var video = await Uploads.UploadVideoAsync(client, await TestMedia.SmallMp4Async(seconds: 4, seed: 21));
        await Jobs.AnalysisOfAsync(client, video.Id);
        var orphan = Guid.CreateVersion7();
        await using (var db = world.Db(world.TenantA))
        {
            // As a worker that was killed leaves it: running, attempt 1 counted, its lease run out.
            db.Jobs.Add(new VideoJob
            {
                Id = orphan,
                TenantId = world.TenantA,
                VideoId = video.Id,
                SubjectId = Guid.NewGuid(),
                Kind = JobKinds.CutAnalysis,
                State = JobState.Running,
                Stage = "decoding",
                Progress = 40,
                Attempts = 1,
                MaxAttempts = 3,
                CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                StartedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                LeaseOwner = "dead-worker",
                LeaseExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1),
            });
            await db.SaveChangesAsync();
        }

        var job = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<JobResponse>($"/api/video/jobs/{orphan}", Uploads.Json),
            j => j!.State is "succeeded" or "failed");

        Assert.Equal(("succeeded", 2), (job!.State, job.Attempts));
    }

    [Fact]
    public async Task A_job_whose_ffmpeg_fails_is_retried_with_backoff_then_failed_with_ffmpegs_last_lines()
    {
        using var client = world.AdminA();
        var video = await Uploads.UploadVideoAsync(client, await TestMedia.SmallMp4Async(seconds: 3, seed: 22));
        await Jobs.AnalysisOfAsync(client, video.Id);
        await using var db = world.Db(world.TenantA);
        var asset = await db.Videos.SingleAsync(v => v.Id == video.Id);
        // The stored source went bad after it was accepted.
        await File.WriteAllTextAsync(Path.Combine(world.StorageRoot, asset.StorageKey), "no longer a video");
        var failing = Guid.CreateVersion7();
        db.Jobs.Add(new VideoJob
        {
            Id = failing, TenantId = world.TenantA, VideoId = video.Id, SubjectId = Guid.NewGuid(), Kind = JobKinds.CutAnalysis,
            State = JobState.Pending, MaxAttempts = 2, CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();

        var job = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<JobResponse>($"/api/video/jobs/{failing}", Uploads.Json),
            j => j!.State is "failed" or "succeeded");

        Assert.Equal(("failed", 2), (job!.State, job.Attempts));
        Assert.Contains("ffmpeg analysis failed", job.LastError);
        Assert.Contains("Invalid data", job.LastError);
        Assert.Empty(await db.Clips.Where(c => c.JobId == failing).ToListAsync());
    }

    [Fact]
    public async Task Unknown_job_states_are_rejected_and_another_tenants_job_is_not_found()
    {
        using var a = world.AdminA();
        using var b = world.Client(AdFlux.Testing.Auth.TestTokens.Admin(world.TenantB));
        var video = await Uploads.UploadVideoAsync(a, await TestMedia.SmallMp4Async(seconds: 2, seed: 23));
        var job = await Jobs.AnalysisOfAsync(a, video.Id, _ => true);

        Assert.Equal(HttpStatusCode.BadRequest, (await a.GetAsync("/api/video/jobs?state=sleeping")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/video/jobs/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync($"/api/video/jobs/{job.Id}/cancel", null)).StatusCode);
    }
}
