using System.Net;
using System.Net.Http.Json;
using AdFlux.Contracts.Ingest;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using AdFlux.Video.Api;
using AdFlux.Video.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class RulesProposalTests(VideoWorld world)
{
    [Fact]
    public async Task Metrics_of_published_clips_propose_the_platforms_best_length_start_and_score_band()
    {
        // A tenant of its own, so the proposal is made from exactly these publications.
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        var publishedAt = DateTimeOffset.UtcNow.AddHours(-10);
        var posts = new (string Id, int Seconds, string Start, double Score, double Views)[]
        {
            ("tt-a", 15, "chorus", 0.8, 5000), ("tt-b", 15, "chorus", 0.75, 4000), ("tt-c", 30, "bar", 0.5, 1000), ("tt-d", 60, "scene-cut", 0.2, 200),
        };
        foreach (var post in posts)
        {
            var variant = await AddVariantAsync(tenant, post.Seconds, post.Start, post.Score);
            var confirmed = await client.PostAsJsonAsync("/api/video/publications",
                new { variantId = variant, platform = "tiktok", externalId = post.Id, url = $"https://www.tiktok.com/@artist/video/{post.Id}", publishedAt });
            Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        }

        var bus = world.Factory.Services.GetRequiredService<IBus>();
        var observed = DateTimeOffset.UtcNow;
        var metrics = posts.Select((p, i) => Metrics(tenant, "tiktok", i == 1 ? $"https://www.tiktok.com/@artist/video/{p.Id}" : p.Id, p.Views, observed)).ToList();
        foreach (var message in metrics.Append(metrics[3]).Append(Metrics(tenant, "youtube", "tt-c", 1e9, observed)).Append(Metrics(tenant, "tiktok", "channel-1", 1e9, observed)))
        {
            await bus.Publish(message);
        }
        var latest = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<List<RulesProposalResponse>>("/api/video/rules/proposals?platform=tiktok", Uploads.Json),
            list => list is [{ SampleSize: 4 }], TimeSpan.FromSeconds(30));

        var proposal = Assert.Single(latest!);
        Assert.Equal("15", proposal.Rules["clip_seconds"]);
        Assert.Equal("chorus", proposal.Rules["start_type"]);
        Assert.Equal("high", proposal.Rules["visual_score_band"]);
        Assert.Equal("views_per_hour", proposal.Rules["measure"]);
        var lengths = proposal.Rankings.Single(r => r.Dimension == "clip_seconds").Groups;
        Assert.Equal(["15", "30", "60"], lengths.Select(g => g.Value));
        Assert.InRange(lengths[0].MedianViewsPerHour, 449, 451);
        Assert.Contains("clip_seconds 15", proposal.Reason);
        using var viewer = world.Client(TestTokens.Viewer(tenant));
        Assert.Equal(proposal.Id, (await viewer.GetFromJsonAsync<RulesProposalResponse>($"/api/video/rules/proposals/{proposal.Id}", Uploads.Json))!.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await world.AdminA().GetAsync($"/api/video/rules/proposals/{proposal.Id}")).StatusCode);
        var bad = await client.GetAsync("/api/video/rules/proposals?platform=myspace");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("platform", await bad.Content.ReadAsStringAsync());

        await using var db = world.Db(tenant);
        // The first three figures proposed once, the fourth again; the repeat, YouTube's and the channel's changed nothing.
        Assert.Equal(2, await db.RulesProposals.CountAsync());
        Assert.Equal(4, await db.PublicationMetrics.CountAsync());
        var events = await db.Set<ServiceDefaults.Outbox.OutboxMessage>().AsNoTracking()
            .Where(m => m.TenantId == tenant && m.MessageType.Contains(".PlatformRulesProposed,")).ToListAsync();
        Assert.Equal(2, events.Count);
        Assert.True(events.Any(e => e.Payload.Contains("\"sample_size\": \"4\"", StringComparison.Ordinal)), string.Join("\n", events.Select(e => e.Payload)));
    }

    private static PlatformMetricsReceived Metrics(Guid tenant, string platform, string entity, double views, DateTimeOffset observed) =>
        new(Guid.NewGuid(), tenant, observed, null, platform, "video", entity,
            new Dictionary<string, double> { ["views"] = views, ["likes"] = views / 10 }, observed.AddHours(-1), observed);

    private async Task<Guid> AddVariantAsync(Guid tenant, int seconds, string startType, double score)
    {
        await using var db = world.Db(tenant);
        var clip = new Clip
        {
            Id = Guid.CreateVersion7(), TenantId = tenant, VideoId = Guid.NewGuid(), JobId = Guid.NewGuid(), TargetSeconds = seconds, Rank = 1,
            StartSeconds = 0, EndSeconds = seconds, VisualScore = score, StartType = startType, Reason = "test clip", CreatedAt = DateTimeOffset.UtcNow,
        };
        var variant = new Variant
        {
            Id = Guid.CreateVersion7(), TenantId = tenant, ClipId = clip.Id, VideoId = clip.VideoId, JobId = clip.JobId, Format = "9:16", Width = 1080,
            Height = 1920, DurationSeconds = seconds, Reframe = "center-crop", StorageKey = $"test/{clip.Id:N}.mp4", SizeBytes = 1, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Clips.Add(clip);
        db.Variants.Add(variant);
        await db.SaveChangesAsync();
        return variant.Id;
    }
}
