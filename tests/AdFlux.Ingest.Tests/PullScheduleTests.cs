using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Ingest.Api;
using AdFlux.Ingest.Data;
using AdFlux.Ingest.Pulls;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class PullScheduleTests(IngestWorld world)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Bad_schedules_and_sources_answer_400_naming_the_field_and_store_nothing()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);
        var source = await IngestWorld.ReadAsync<PlatformSourceResponse>(await client.PostAsJsonAsync("/api/ingest/platform-sources", Payloads.YouTubeSource(owner.ClientProfileId, "UC-valid")));

        await AssertRefusedAsync(client.PostAsJsonAsync("/api/ingest/schedules", new { source = "youtube", sourceId = source.Id, cron = "61 * * * *", timeZone = "UTC" }), "cron");
        await AssertRefusedAsync(client.PostAsJsonAsync("/api/ingest/schedules", new { source = "youtube", sourceId = source.Id, cron = "0 6 * * *", timeZone = "Mars/Olympus_Mons" }), "timeZone");
        await AssertRefusedAsync(client.PostAsJsonAsync("/api/ingest/schedules", new { source = "myspace", sourceId = source.Id, cron = "0 6 * * *", timeZone = "UTC" }), "source");
        await AssertRefusedAsync(client.PostAsJsonAsync("/api/ingest/schedules", new { source = "spotify", sourceId = source.Id, cron = "0 6 * * *", timeZone = "UTC" }), "sourceId");
        await AssertRefusedAsync(client.PostAsJsonAsync("/api/ingest/platform-sources", new { clientProfileId = owner.ClientProfileId, platform = "tiktok", entityIds = new[] { "x" }, credential = new { clientId = "c", clientSecret = "s" } }), "platform");
        await AssertRefusedAsync(client.PostAsJsonAsync("/api/ingest/platform-sources", new { clientProfileId = owner.ClientProfileId, platform = "youtube", entityIds = new[] { "UC1" }, credential = new { clientId = "c", clientSecret = "s" } }), "credential.refreshToken");
        await AssertRefusedAsync(client.PostAsJsonAsync("/api/ingest/platform-sources", new { clientProfileId = owner.ClientProfileId, platform = "spotify", entityIds = Array.Empty<string>(), credential = new { clientId = "c", clientSecret = "s" } }), "entityIds");

        var schedule = await CreateScheduleAsync(client, "youtube", source.Id, "0 6 * * *", "Europe/Madrid");
        await AssertRefusedAsync(client.PutAsJsonAsync($"/api/ingest/schedules/{schedule.Id}", new { cron = "0 6 * *", timeZone = "Europe/Madrid", enabled = true }), "cron");

        Assert.Equal([schedule.Id], (await client.GetFromJsonAsync<List<ScheduleResponse>>("/api/ingest/schedules", Json))!.Select(s => s.Id));
        Assert.Equal([source.Id], (await client.GetFromJsonAsync<List<PlatformSourceResponse>>("/api/ingest/platform-sources", Json))!.Select(s => s.Id));
        var unchanged = await GetScheduleAsync(client, schedule.Id);
        Assert.Equal(("0 6 * * *", "Europe/Madrid"), (unchanged.Cron, unchanged.TimeZone));
        // 06:00 in Madrid is 05:00 UTC in winter (CET) and 04:00 in summer (CEST).
        Assert.Contains(unchanged.NextRunAt!.Value.UtcDateTime.Hour, new[] { 4, 5 });
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/ingest/schedules", new { source = "youtube", sourceId = source.Id, cron = "0 7 * * *", timeZone = "UTC" })).StatusCode);
    }

    [Fact]
    public async Task A_due_schedule_runs_exactly_once_with_several_workers_leasing_from_the_same_database()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);
        var channels = Enumerable.Range(0, 4).Select(i => $"UC-once-{i}-{Guid.NewGuid():N}").ToList();
        var schedules = new List<ScheduleResponse>();
        foreach (var channel in channels)
        {
            var source = await IngestWorld.ReadAsync<PlatformSourceResponse>(await client.PostAsJsonAsync("/api/ingest/platform-sources", Payloads.YouTubeSource(owner.ClientProfileId, channel)));
            schedules.Add(await CreateScheduleAsync(client, "youtube", source.Id, "0 0 1 1 *", "UTC"));
        }
        var ids = schedules.Select(s => s.Id).ToList();
        var workers = Enumerable.Range(0, 2).Select(_ => NewWorker()).ToList();

        await using (var db = world.Db(owner.TenantId))
        {
            await db.PullSchedules.Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.NextRunAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }
        // The two extra workers race the host's own worker for the same rows.
        await Task.WhenAll(workers.Select(w => Task.Run(async () =>
        {
            while (await w.RunNextAsync(CancellationToken.None))
            {
            }
        })));
        var ran = await Eventually.WaitAsync(
            async () => await Task.WhenAll(ids.Select(id => GetScheduleAsync(client, id))),
            all => all.All(s => s.LastRunAt is not null));

        Assert.All(ran, s => Assert.Equal(PullOutcomes.Succeeded, s.LastOutcome));
        Assert.All(ran, s => Assert.Equal(new DateTimeOffset(DateTime.UtcNow.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero), s.NextRunAt));
        using var sandbox = world.Sandbox.CreateClient();
        foreach (var channel in channels)
        {
            var counters = await sandbox.GetFromJsonAsync<JsonElement>($"/sandbox/youtube/counters?channel={Uri.EscapeDataString(channel)}");
            Assert.Equal(1, counters.GetProperty("reports").GetInt32());
        }
    }

    [Fact]
    public async Task A_pull_now_asked_while_the_pull_runs_is_not_lost_when_the_run_ends()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);
        var channel = $"UC-[slow]-{Guid.NewGuid():N}";
        var source = await IngestWorld.ReadAsync<PlatformSourceResponse>(await client.PostAsJsonAsync("/api/ingest/platform-sources", Payloads.YouTubeSource(owner.ClientProfileId, channel)));
        var schedule = await CreateScheduleAsync(client, "youtube", source.Id, "0 0 1 1 *", "UTC");
        using var sandbox = world.Sandbox.CreateClient();
        async Task<int> ReportsAsync() =>
            (await sandbox.GetFromJsonAsync<JsonElement>($"/sandbox/youtube/counters?channel={Uri.EscapeDataString(channel)}")).GetProperty("reports").GetInt32();

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/ingest/schedules/{schedule.Id}/pull-now", null)).StatusCode);
        // The sandbox holds the report for a few seconds: ask again while the first pull waits for it.
        Assert.Equal(1, await Eventually.WaitAsync(ReportsAsync, n => n >= 1));
        Assert.Null((await GetScheduleAsync(client, schedule.Id)).LastRunAt);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/ingest/schedules/{schedule.Id}/pull-now", null)).StatusCode);

        Assert.Equal(2, await Eventually.WaitAsync(ReportsAsync, n => n >= 2, TimeSpan.FromSeconds(30)));
        var done = await Eventually.WaitAsync(() => GetScheduleAsync(client, schedule.Id), s => s.NextRunAt?.Year == DateTime.UtcNow.Year + 1);
        Assert.Equal(PullOutcomes.Succeeded, done.LastOutcome);
    }

    private PullWorker NewWorker()
    {
        var services = world.Ingest.Services;
        return new PullWorker(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<DatabaseState<IngestDbContext>>(),
            services.GetRequiredService<PullSignal>(), services.GetRequiredService<IOptions<PullOptions>>(), TimeProvider.System, NullLogger<PullWorker>.Instance);
    }

    internal static async Task<ScheduleResponse> CreateScheduleAsync(HttpClient client, string source, Guid sourceId, string cron, string timeZone) =>
        await IngestWorld.ReadAsync<ScheduleResponse>(await client.PostAsJsonAsync("/api/ingest/schedules", new { source, sourceId, cron, timeZone }));

    internal static async Task<ScheduleResponse> GetScheduleAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<ScheduleResponse>($"/api/ingest/schedules/{id}", Json))!;

    /// <summary>Makes the schedule due now and waits until a worker ran it.</summary>
    internal static async Task<ScheduleResponse> PullNowAsync(HttpClient client, Guid id)
    {
        var before = (await GetScheduleAsync(client, id)).LastRunAt;
        using var response = await client.PostAsync($"/api/ingest/schedules/{id}/pull-now", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ran = await Eventually.WaitAsync(() => GetScheduleAsync(client, id), s => s.LastRunAt is not null && s.LastRunAt != before, TimeSpan.FromSeconds(60));
        Assert.NotEqual(before, ran.LastRunAt);
        return ran;
    }

    private static async Task AssertRefusedAsync(Task<HttpResponseMessage> sending, string field)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 naming {field}, got {(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"The problem does not name {field}: {body}");
    }
}
