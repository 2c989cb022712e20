using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Insights.Api;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Reports;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Insights.Tests;

/// <summary>
/// Daily incremental reports run by the service's worker against the platform sandbox's chat
/// endpoint: appended per run, skipped with no model call when nothing is new, a module that gets
/// invalid JSON twice failing alone.
/// </summary>
[Collection(InsightsCollection.Name)]
public sealed class DailyReportTests(InsightsWorld world)
{
    [Fact]
    public async Task Posts_over_three_days_make_three_appended_reports_and_a_day_without_posts_is_skipped_with_no_model_call()
    {
        var (tenant, profile, admin) = await NewScheduleAsync();
        var reports = new List<ReportSummary>();
        for (var day = 1; day <= 4; day++)
        {
            if (day != 3)
            {
                var posts = Enumerable.Range(1, day).Select(i => Social.Post($"https://instagram.com/p/d{day}-{i}", likes: 100 * i)).ToList();
                var pull = Social.Posts(tenant, profile, posts, [Social.Comment(posts[0].PostUrl, $"Day {day}: amazing #tour @venue", minute: day)]);
                await world.PublishAsync(pull);
                await world.HandledAsync(pull);
            }
            var calls = world.ChatRequests.Count;
            var run = await RunNowAsync(admin, profile);
            if (day == 3)
            {
                Assert.Equal("skipped", run.LastOutcome);
                Assert.Equal(calls, world.ChatRequests.Count);
                continue;
            }
            Assert.Equal("created", run.LastOutcome);
            reports = await ListAsync(admin, profile);
            Assert.True(world.ChatRequests.Count >= calls + 10, "each report asks the model once per module");
        }

        Assert.Equal([4, 2, 1], reports.Select(r => r.PostsAnalyzed));
        Assert.Equal(reports[1].AnalyzedThrough, reports[0].AnalyzedAfter);
        Assert.Equal(reports[2].AnalyzedThrough, reports[1].AnalyzedAfter);
        Assert.Null(reports[2].AnalyzedAfter);
        Assert.All(reports, r => Assert.Equal(new ReportProvider("sandbox", "adflux-sandbox", true), r.Provider));
        Assert.All(reports, r => Assert.Empty(r.FailedModules));

        var events = await OutboxTypesAsync(tenant);
        Assert.Equal(3, events.Count(t => t.Contains(".InsightReportCreated,", StringComparison.Ordinal)));
        Assert.Single(events, t => t.Contains(".InsightAnalysisSkipped,", StringComparison.Ordinal));

        // Appended, never rewritten: the database itself refuses to change a report.
        await using var connection = new NpgsqlConnection(world.Service.Resources.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE insight_reports SET posts_analyzed = 0 WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", reports[0].Id);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.Contains("append-only", refused.MessageText);
    }

    [Fact]
    public async Task A_module_answered_with_invalid_json_twice_fails_alone_and_the_report_keeps_the_others()
    {
        var (tenant, profile, admin) = await NewScheduleAsync();
        var post = Social.Post("https://instagram.com/reel/xyz", likes: 900);
        var pull = Social.Posts(tenant, profile, [post],
        [
            Social.Comment(post.PostUrl, "Qué temazo 🔥 me encanta", "ana", 1),
            Social.Comment(post.PostUrl, "[invalid-json] when is the next show in Madrid?", "ben", 2),
        ]);
        await world.PublishAsync(pull);
        await world.HandledAsync(pull);

        Assert.Equal("created", (await RunNowAsync(admin, profile)).LastOutcome);
        var summary = Assert.Single(await ListAsync(admin, profile));
        Assert.Equal(["Q6"], summary.FailedModules);

        var report = await GetAsync(admin, summary.Id);
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10"], report["modules"]!.AsArray().Select(m => (string)m!["id"]!));
        var q6 = Module(report, "Q6");
        Assert.Equal(("failed", 2), ((string)q6["status"]!, (int)q6["attempts"]!));
        Assert.Contains("not JSON", (string)q6["error"]!);
        Assert.Equal(1, (int)q6["numbers"]!["questions"]!);
        var q1 = Module(report, "Q1");
        Assert.Equal(("succeeded", 1, 1), ((string)q1["status"]!, (int)q1["attempts"]!, (int)q1["numbers"]!["positive"]!));
        Assert.False(string.IsNullOrWhiteSpace((string?)q1["reading"]!["summary"]));
        Assert.Equal("reel", (string)Module(report, "Q4")["numbers"]!["formats"]![0]!["format"]!);
        var recommendations = Module(report, "Q10")["reading"]!["recommendations"]!.AsArray();
        Assert.All(recommendations, r => Assert.All(r!["evidence"]!.AsArray(), e => Assert.Matches("^Q[1-9]$", (string)e!)));
        Assert.All(report["modules"]!.AsArray(), m => Assert.True((long)m!["inputTokens"]! > 0));
        Assert.Equal(0m, (decimal)report["summary"]!["usage"]!["cost"]!);
    }

    [Theory]
    [InlineData("""{"timeZone":"Mars/Olympus","localTime":"08:00"}""", "timeZone")]
    [InlineData("""{"localTime":"08:00"}""", "timeZone")]
    [InlineData("""{"timeZone":"Europe/Madrid","localTime":"8am"}""", "localTime")]
    [InlineData("""{"timeZone":"Europe/Madrid","localTime":"25:00"}""", "localTime")]
    public async Task A_bad_schedule_answers_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        using var response = await client.PutAsync($"/api/insights/reports/schedules/{profile}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Equal([field], JsonNode.Parse(text)!["errors"]!.AsObject().Select(p => p.Key));
        await using var db = world.Db(tenant);
        Assert.False(await db.ReportSchedules.AnyAsync());
    }

    [Fact]
    public async Task Run_now_without_a_schedule_is_404_saying_what_to_do()
    {
        using var client = world.Client(TestTokens.Admin(Guid.NewGuid()));
        using var response = await client.PostAsync($"/api/insights/reports/schedules/{Guid.NewGuid()}/run", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("PUT /api/insights/reports/schedules", await response.Content.ReadAsStringAsync());
    }

    private async Task<(Guid Tenant, Guid Profile, string Admin)> NewScheduleAsync()
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        await using var db = world.Db(tenant);
        var schedule = Reports.DueSchedule(tenant, profile);
        schedule.NextRunAt = ReportSchedule.Never;
        db.ReportSchedules.Add(schedule);
        await db.SaveChangesAsync();
        return (tenant, profile, TestTokens.Admin(tenant));
    }

    /// <summary>Asks for a run and waits for the worker to finish it.</summary>
    private async Task<ReportScheduleResponse> RunNowAsync(string token, Guid profile)
    {
        using var client = world.Client(token);
        using var accepted = await client.PostAsync($"/api/insights/reports/schedules/{profile}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var asked = (await accepted.Content.ReadFromJsonAsync<ReportScheduleResponse>())!;
        return await Eventually.WaitAsync(async () =>
        {
            var schedules = await client.GetFromJsonAsync<List<ReportScheduleResponse>>("/api/insights/reports/schedules");
            return schedules!.Single(s => s.ClientProfileId == profile);
        }, s => s.LastRunAt is { } ran && ran >= asked.NextRunAt, TimeSpan.FromMinutes(1));
    }

    private async Task<List<ReportSummary>> ListAsync(string token, Guid profile)
    {
        using var client = world.Client(token);
        return (await client.GetFromJsonAsync<List<ReportSummary>>($"/api/insights/reports?clientProfileId={profile}"))!;
    }

    private async Task<JsonNode> GetAsync(string token, Guid id)
    {
        using var client = world.Client(token);
        return await InsightsWorld.GetJsonAsync(client, $"/api/insights/reports/{id}");
    }

    private static JsonNode Module(JsonNode report, string id) => report["modules"]!.AsArray().Single(m => (string)m!["id"]! == id)!;

    private async Task<List<string>> OutboxTypesAsync(Guid tenant)
    {
        await using var connection = new NpgsqlConnection(world.Service.Resources.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT message_type FROM outbox_messages WHERE tenant_id = @tenant", connection);
        command.Parameters.AddWithValue("tenant", tenant);
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            types.Add(reader.GetString(0));
        }
        return types;
    }
}
