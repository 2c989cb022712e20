using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Contracts.Ingest;
using AdFlux.Ingest.Api;
using AdFlux.Ingest.Sheets;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using AdFlux.Testing.Auth;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class SheetsPullTests(IngestWorld world)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Incremental_pulls_deliver_only_new_rows_and_report_bad_rows_one_by_one_keeping_the_good_ones()
    {
        var owner = await world.NewTenantAsync();
        var tenant = owner.TenantId;
        var spreadsheet = $"sheet-{Guid.NewGuid():N}";
        using var client = world.Client(owner.AdminToken);
        var source = await RegisterAsync(client, owner.ClientProfileId, spreadsheet, Payloads.ServiceAccountJson());

        var first = await PullAsync(client, source.Id);
        await AppendAsync(spreadsheet, "Posts",
            [$"https://social.example/{spreadsheet}/p/new", "tiktok", "2026-12-01T10:00:00Z", "Fresh one", "10", "2", "1", ""],
            [$"https://social.example/{spreadsheet}/p/bad", "myspace", "2026-12-01T11:00:00Z", "Wrong platform", "1", "0", "0", "5"]);
        await AppendAsync(spreadsheet, "Comments", [$"https://social.example/{spreadsheet}/p/new", "First!", "early_fan", "2026-12-01T10:30:00Z"]);
        var second = await PullAsync(client, source.Id);
        var third = await PullAsync(client, source.Id);

        Assert.Equal((SheetsPuller.Succeeded, 11, 22), (first.Outcome, first.Posts, first.Comments));
        Assert.Contains(new SheetRowError("Posts", 9, "likes", "likes must be a whole number of at least 0."), first.SkippedRows);
        Assert.Equal([16, 17], first.SkippedRows.Where(e => e.Tab == "Comments").Select(e => e.Row));
        Assert.Equal((SheetsPuller.Succeeded, 1, 1), (second.Outcome, second.Posts, second.Comments));
        Assert.Contains(second.SkippedRows, e => e is { Tab: "Posts", Row: 15, Column: "platform" });
        Assert.Equal((SheetsPuller.Succeeded, 0, 0), (third.Outcome, third.Posts, third.Comments));

        var events = (await world.EventsAsync(tenant)).Select(m => JsonSerializer.Deserialize<SocialPostsIngested>(m.Payload, OutboxMessageTypes.Json)!).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(11, events[0].Posts.Select(p => p.PostUrl).Distinct().Count());
        Assert.Equal([$"https://social.example/{spreadsheet}/p/new"], events[1].Posts.Select(p => p.PostUrl));
        Assert.Equal(["early_fan"], events[1].Comments.Select(c => c.OwnerUsername));
        Assert.Equal($"google-sheets/{spreadsheet}", events[1].Source);
        var listed = Assert.Single((await client.GetFromJsonAsync<List<SheetsSourceResponse>>("/api/ingest/sheets-sources", Json))!);
        Assert.Equal((SheetsPuller.Succeeded, new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)), (listed.LastOutcome, listed.PostsWatermark!.Value));
        var status = Assert.Single((await client.GetFromJsonAsync<List<SourceStatus>>("/api/ingest/sources", Json))!, s => s.Source == $"google-sheets/{spreadsheet}");
        Assert.Equal((listed.LastPullAt, SheetsPuller.Succeeded), (status.LastPullAt, status.LastPullOutcome));
    }

    [Fact]
    public async Task A_key_that_cannot_sign_fails_the_pull_with_its_reason_and_delivers_nothing()
    {
        var owner = await world.NewTenantAsync();
        var tenant = owner.TenantId;
        using var client = world.Client(owner.AdminToken);
        var broken = JsonSerializer.Serialize(new { type = "service_account", client_email = "x@sandbox.iam.gserviceaccount.com", private_key = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n" });
        var source = await RegisterAsync(client, owner.ClientProfileId, $"sheet-{Guid.NewGuid():N}", broken);

        var report = await PullAsync(client, source.Id);

        Assert.Equal(SheetsPuller.Failed, report.Outcome);
        Assert.False(string.IsNullOrEmpty(report.Error));
        Assert.Empty(await world.EventsAsync(tenant));
    }

    [Fact]
    public async Task Registering_without_a_usable_key_file_answers_400_naming_the_field()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);

        var response = await client.PostAsJsonAsync("/api/ingest/sheets-sources", new { clientProfileId = owner.ClientProfileId, spreadsheetId = "s", serviceAccountJson = "{\"type\":\"service_account\"}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceAccountJson", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_service_account_key_stops_scheduled_pulls_until_a_new_key_is_given()
    {
        var owner = await world.NewTenantAsync();
        using var client = world.Client(owner.AdminToken);
        var spreadsheet = $"sheet-{Guid.NewGuid():N}";
        var source = await RegisterAsync(client, owner.ClientProfileId, spreadsheet, Payloads.ServiceAccountJson("deleted[revoked]@sandbox.iam.gserviceaccount.com"));
        var schedule = await PullScheduleTests.CreateScheduleAsync(client, "sheets", source.Id, "0 7 * * *", "Europe/Madrid");

        var refused = await PullScheduleTests.PullNowAsync(client, schedule.Id);
        using var again = await client.PostAsync($"/api/ingest/schedules/{schedule.Id}/pull-now", null);
        var status = Assert.Single((await client.GetFromJsonAsync<List<SourceStatus>>("/api/ingest/sources", Json))!, s => s.SourceId == source.Id);

        Assert.Equal((SheetsPuller.CredentialRefused, (DateTimeOffset?)null), (refused.LastOutcome, refused.NextRunAt));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(("needs_attention", SheetsPuller.CredentialRefused), (status.CredentialStatus, status.LastPullOutcome));
        Assert.Empty(await world.EventsAsync(owner.TenantId));

        using var replaced = await client.PutAsJsonAsync($"/api/ingest/sheets-sources/{source.Id}/credential", new { serviceAccountJson = Payloads.ServiceAccountJson() });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var resumed = await Eventually.WaitAsync(() => PullScheduleTests.GetScheduleAsync(client, schedule.Id), s => s.LastOutcome == SheetsPuller.Succeeded, TimeSpan.FromSeconds(60));
        Assert.Equal(SheetsPuller.Succeeded, resumed.LastOutcome);
        Assert.Equal("ok", Assert.Single((await client.GetFromJsonAsync<List<SheetsSourceResponse>>("/api/ingest/sheets-sources", Json))!).CredentialStatus);
        Assert.Single(await world.EventsAsync(owner.TenantId));
    }

    private static async Task<SheetsSourceResponse> RegisterAsync(HttpClient client, Guid clientProfileId, string spreadsheet, string key) =>
        await IngestWorld.ReadAsync<SheetsSourceResponse>(await client.PostAsJsonAsync("/api/ingest/sheets-sources",
            new { clientProfileId, spreadsheetId = spreadsheet, serviceAccountJson = key }));

    private static async Task<SheetsPullReport> PullAsync(HttpClient client, Guid id) =>
        await IngestWorld.ReadAsync<SheetsPullReport>(await client.PostAsync($"/api/ingest/sheets-sources/{id}/pull", null));

    private async Task AppendAsync(string spreadsheet, string tab, params string[][] rows)
    {
        using var sandbox = world.Sandbox.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v4/spreadsheets/{spreadsheet}/values/{tab}:append") { Content = JsonContent.Create(new { values = rows }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ya29.sandbox-test");
        using var response = await sandbox.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
