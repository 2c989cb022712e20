using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Contracts.Usage;
using AdFlux.Ingest.Api;
using AdFlux.Ingest.Pulls;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.ServiceDefaults.Usage;
using AdFlux.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdFlux.Ingest.Tests.PullScheduleTests;

namespace AdFlux.Ingest.Tests;

/// <summary>Ingest's platform calls recorded for usage tracking, and insights' hard stop obeyed by the pull worker.</summary>
[Collection(IngestCollection.Name)]
public sealed class UsageTests(IngestWorld world)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_pulls_calls_are_recorded_for_its_tenant_and_a_hard_stop_fails_the_next_pull_until_the_budget_is_restored()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);
        var artist = $"artist{Guid.NewGuid():N}";
        var source = await IngestWorld.ReadAsync<PlatformSourceResponse>(await client.PostAsJsonAsync("/api/ingest/platform-sources", Payloads.SpotifySource(owner.ClientProfileId, artist)));
        var schedule = await CreateScheduleAsync(client, "spotify", source.Id, "0 6 * * *", "UTC");

        var pulled = await PullNowAsync(client, schedule.Id);

        Assert.Equal(PullOutcomes.Succeeded, pulled.LastOutcome);
        var calls = await Eventually.WaitAsync(() => RecordedCallsAsync(owner.TenantId), found => found.Any(c => c.Provider == "spotify"), TimeSpan.FromSeconds(30));
        Assert.Contains(calls, c => c is { Provider: "spotify", StatusCode: 200, Succeeded: true } && c.Operation.StartsWith("GET v1/", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Provider == "oauth");
        Assert.DoesNotContain(calls, c => c.Operation.Contains(artist, StringComparison.Ordinal) || c.Operation.Contains('?'));

        var now = DateTimeOffset.UtcNow;
        var bus = world.Ingest.Services.GetRequiredService<IBus>();
        await bus.Publish(new UsageBudgetExhausted(Guid.CreateVersion7(), owner.TenantId, now, $"{now:yyyy-MM}", 5m, 5.25m, "USD", now.AddDays(3)));
        await Eventually.WaitAsync(() => StopAsync(owner.TenantId), stop => stop is not null && stop.Until > DateTimeOffset.UtcNow);

        var refused = await PullNowAsync(client, schedule.Id);

        Assert.Equal(PullOutcomes.Failed, refused.LastOutcome);
        Assert.Contains("usage budget of 5 USD", refused.LastError, StringComparison.Ordinal);
        Assert.True(refused.NextRunAt >= refused.LastRunAt + PullWorker.UsageBudgetRetry, $"refused pull is tried again at {refused.NextRunAt}, after {refused.LastRunAt}");

        await bus.Publish(new UsageBudgetRestored(Guid.CreateVersion7(), owner.TenantId, DateTimeOffset.UtcNow, $"{now:yyyy-MM}", 20m, "USD"));
        await Eventually.WaitAsync(() => StopAsync(owner.TenantId), stop => stop is not null && stop.Until <= DateTimeOffset.UtcNow);

        Assert.Equal(PullOutcomes.Succeeded, (await PullNowAsync(client, schedule.Id)).LastOutcome);
    }

    private async Task<List<ExternalApiCall>> RecordedCallsAsync(Guid tenantId) =>
        [.. (await world.EventsAsync(tenantId))
            .Where(m => m.MessageType.Contains(nameof(ExternalApiCallsRecorded), StringComparison.Ordinal))
            .SelectMany(m => JsonSerializer.Deserialize<ExternalApiCallsRecorded>(m.Payload, Json)!.Calls)];

    private async Task<UsageHardStopRecord?> StopAsync(Guid tenantId)
    {
        await using var db = world.Db(tenantId);
        return await db.Set<UsageHardStopRecord>().AsNoTracking().SingleOrDefaultAsync();
    }
}
