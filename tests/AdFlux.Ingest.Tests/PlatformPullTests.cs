using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Contracts.Ingest;
using AdFlux.Ingest.Api;
using AdFlux.Ingest.Pulls;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using Microsoft.EntityFrameworkCore;
using static AdFlux.Ingest.Tests.PullScheduleTests;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class PlatformPullTests(IngestWorld world)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_restated_day_emits_one_restatement_replacing_the_figure_and_unchanged_figures_emit_nothing()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);
        var channel = $"UC-restate-{Guid.NewGuid():N}";
        var source = await IngestWorld.ReadAsync<PlatformSourceResponse>(await client.PostAsJsonAsync("/api/ingest/platform-sources",
            Payloads.YouTubeSource(owner.ClientProfileId, channel, videoIds: [$"vid-{channel}"])));
        var schedule = await CreateScheduleAsync(client, "youtube", source.Id, "0 6 * * *", "Europe/Madrid");

        var first = await PullNowAsync(client, schedule.Id);
        var initial = await MetricsEventsAsync(owner.TenantId);
        var restatedDay = DateOnly.FromDateTime(first.LastRunAt!.Value.UtcDateTime).AddDays(-2);
        using (var sandbox = world.Sandbox.CreateClient())
        {
            Assert.True((await sandbox.PostAsync($"/sandbox/youtube/restate?channel={channel}&day={restatedDay:yyyy-MM-dd}", null)).IsSuccessStatusCode);
        }
        await PullNowAsync(client, schedule.Id);
        var afterRestatement = await MetricsEventsAsync(owner.TenantId);
        await PullNowAsync(client, schedule.Id);
        var afterUnchanged = await MetricsEventsAsync(owner.TenantId);

        Assert.Equal(PullOutcomes.Succeeded, first.LastOutcome);
        // Three lookback days of the channel's report, the channel's and the video's statistics of today.
        Assert.Equal(5, initial.Count);
        Assert.All(initial, e => Assert.False(e.IsRestatement));
        Assert.Equal(3, initial.Count(e => e.EntityType == "channel" && e.Metrics.ContainsKey("estimatedMinutesWatched")));
        Assert.Single(initial, e => e.EntityType == "video" && e.Metrics.ContainsKey("likeCount"));
        var original = Assert.Single(initial, e => e.EntityType == "channel" && e.WindowStart.UtcDateTime.Date == restatedDay.ToDateTime(TimeOnly.MinValue));

        var restatement = Assert.Single(afterRestatement.Skip(initial.Count));
        Assert.True(restatement.IsRestatement);
        Assert.Equal((channel, "youtube", owner.ClientProfileId), (restatement.EntityId, restatement.Platform, restatement.ClientProfileId));
        Assert.Equal(["views"], restatement.Metrics.Keys);
        Assert.Equal((original.WindowStart, original.WindowEnd), (restatement.WindowStart, restatement.WindowEnd));
        Assert.NotEqual(original.Metrics["views"], restatement.Metrics["views"]);
        Assert.Equal(afterRestatement.Count, afterUnchanged.Count);

        // The figure is replaced, not added: one stored value per entity, metric and day, the restated one.
        await using var db = world.Db(owner.TenantId);
        var views = await db.PulledFigures.Where(f => f.SourceId == source.Id && f.Metric == "views" && f.Day == restatedDay).ToListAsync();
        Assert.Equal(restatement.Metrics["views"], Assert.Single(views).Value);
    }

    [Fact]
    public async Task A_failing_platform_backs_off_exponentially_honouring_Retry_After_while_other_sources_are_pulled()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);
        var down = await ScheduleAsync(client, Payloads.YouTubeSource(owner.ClientProfileId, $"UC[down]-{Guid.NewGuid():N}"), "youtube");
        var throttled = await ScheduleAsync(client, Payloads.SpotifySource(owner.ClientProfileId, $"artist[throttle]{Guid.NewGuid():N}"), "spotify");
        var healthyArtist = $"artist{Guid.NewGuid():N}";
        var healthy = await ScheduleAsync(client, Payloads.SpotifySource(owner.ClientProfileId, healthyArtist), "spotify");

        var firstFailure = await PullNowAsync(client, down.Id);
        var throttledRun = await PullNowAsync(client, throttled.Id);
        var healthyRun = await PullNowAsync(client, healthy.Id);
        var secondFailure = await PullNowAsync(client, down.Id);

        Assert.Equal((PullOutcomes.Failed, 1), (firstFailure.LastOutcome, firstFailure.ConsecutiveFailures));
        Assert.Contains("503", firstFailure.LastError, StringComparison.Ordinal);
        Assert.Equal(firstFailure.LastRunAt + IngestHost.BackoffBase, firstFailure.NextRunAt);
        Assert.Equal((PullOutcomes.Failed, 2), (secondFailure.LastOutcome, secondFailure.ConsecutiveFailures));
        Assert.Equal(secondFailure.LastRunAt + 2 * IngestHost.BackoffBase, secondFailure.NextRunAt);
        Assert.Equal(PullOutcomes.Failed, throttledRun.LastOutcome);
        Assert.Equal(throttledRun.LastRunAt + TimeSpan.FromHours(1), throttledRun.NextRunAt);
        Assert.Equal((PullOutcomes.Succeeded, 0), (healthyRun.LastOutcome, healthyRun.ConsecutiveFailures));
        var events = await MetricsEventsAsync(owner.TenantId);
        Assert.Contains(events, e => e is { Platform: "spotify", EntityType: "artist" } && e.EntityId == healthyArtist && e.Metrics.ContainsKey("followers"));
        Assert.Equal(5, events.Count(e => e is { Platform: "spotify", EntityType: "track" }));
        var statuses = await client.GetFromJsonAsync<List<SourceStatus>>("/api/ingest/sources", Json);
        var failing = Assert.Single(statuses!, s => s.SourceId == down.SourceId);
        Assert.Equal((PullOutcomes.Failed, secondFailure.NextRunAt, PlatformSourceResponse.CredentialOk), (failing.LastPullOutcome, failing.NextPullAt, failing.CredentialStatus));
    }

    [Fact]
    public async Task A_revoked_credential_is_reported_once_and_not_retried_until_it_is_replaced()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);
        var schedule = await ScheduleAsync(client, Payloads.YouTubeSource(owner.ClientProfileId, $"UC-revoked-{Guid.NewGuid():N}", refreshToken: "1//[revoked]"), "youtube");

        var refused = await PullNowAsync(client, schedule.Id);
        using var again = await client.PostAsync($"/api/ingest/schedules/{schedule.Id}/pull-now", null);
        var statuses = await client.GetFromJsonAsync<List<SourceStatus>>("/api/ingest/sources", Json);
        var source = Assert.Single((await client.GetFromJsonAsync<List<PlatformSourceResponse>>("/api/ingest/platform-sources", Json))!);

        Assert.Equal(PullOutcomes.CredentialRefused, refused.LastOutcome);
        Assert.Null(refused.NextRunAt);
        Assert.Equal(0, refused.ConsecutiveFailures);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Null((await GetScheduleAsync(client, schedule.Id)).NextRunAt);
        var status = Assert.Single(statuses!, s => s.SourceId == schedule.SourceId);
        Assert.Equal((PlatformSourceResponse.CredentialNeedsAttention, PullOutcomes.CredentialRefused), (status.CredentialStatus, status.LastPullOutcome));
        Assert.Contains("invalid_grant", status.CredentialError, StringComparison.Ordinal);
        Assert.Equal(PlatformSourceResponse.CredentialNeedsAttention, source.CredentialStatus);
        Assert.Empty(await MetricsEventsAsync(owner.TenantId));

        using var replaced = await client.PutAsJsonAsync($"/api/ingest/platform-sources/{schedule.SourceId}/credential",
            new { clientId = "adflux-oauth-client", clientSecret = "oauth-secret", refreshToken = "1//fresh-consent" });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var resumed = await Eventually.WaitAsync(() => GetScheduleAsync(client, schedule.Id), s => s.LastOutcome == PullOutcomes.Succeeded, TimeSpan.FromSeconds(60));
        Assert.Equal(PullOutcomes.Succeeded, resumed.LastOutcome);
        Assert.NotNull(resumed.NextRunAt);
        Assert.Equal(PlatformSourceResponse.CredentialOk,
            Assert.Single((await client.GetFromJsonAsync<List<PlatformSourceResponse>>("/api/ingest/platform-sources", Json))!).CredentialStatus);
        Assert.NotEmpty(await MetricsEventsAsync(owner.TenantId));
    }

    private static async Task<ScheduleResponse> ScheduleAsync(HttpClient client, object source, string kind)
    {
        var registered = await IngestWorld.ReadAsync<PlatformSourceResponse>(await client.PostAsJsonAsync("/api/ingest/platform-sources", source));
        return await CreateScheduleAsync(client, kind, registered.Id, "0 6 * * *", "UTC");
    }

    private async Task<List<PlatformMetricsReceived>> MetricsEventsAsync(Guid tenantId) =>
        (await world.EventsAsync(tenantId))
            .Where(m => m.MessageType.StartsWith(typeof(PlatformMetricsReceived).FullName + ",", StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize<PlatformMetricsReceived>(m.Payload, OutboxMessageTypes.Json)!)
            .ToList();
}
