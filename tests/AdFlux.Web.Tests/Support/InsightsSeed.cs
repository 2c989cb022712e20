using System.Net;
using System.Net.Http.Json;
using AdFlux.Contracts.Ingest;
using AdFlux.Testing;
using AdFlux.Web.Insights;

namespace AdFlux.Web.Tests.Support;

/// <summary>
/// Comments and daily reports for both client profiles, made by insights itself: posts and comments
/// arrive as ingest's Sheets event, each profile gets a schedule through the API and a run on demand,
/// and insights' worker writes the reports with the platform sandbox's chat endpoint. One of the first
/// profile's comments carries the sandbox's <c>[invalid-json]</c> cue, so its questions module (Q6) fails.
/// </summary>
public static class InsightsSeed
{
    public const string PostUrl = "https://instagram.com/reel/artist-one";
    public const string OtherPostUrl = "https://instagram.com/reel/artist-two";

    /// <summary>The first profile's comments: two positive, one negative, one a question.</summary>
    public static readonly string[] Comments =
    [
        "Qué temazo, me encanta 😍",
        "Amazing show, love it!",
        "Terrible sound tonight, awful and disappointing",
        "[invalid-json] when is the next show in Madrid?",
    ];

    /// <summary>The other profile's only comment: a viewer of the first profile must never see it.</summary>
    public const string OtherComment = "Artist Two secret fan note";

    public static async Task SeedAsync(WebSystem system, HttpClient admin)
    {
        var written = DateTimeOffset.UtcNow.AddHours(-5);
        SocialPostsIngested Pull(Guid profile, string url, IEnumerable<string> texts) => new(
            Guid.CreateVersion7(), system.TenantId, DateTimeOffset.UtcNow, profile, "sheets",
            [new SocialPost(url, "instagram", written, "New single out now", 900, 4, 2, 20_000)],
            [.. texts.Select((text, i) => new SocialComment(url, text, $"fan{i}", written.AddMinutes(i)))]);
        await system.PublishAndWaitAsync([Pull(system.ProfileId, PostUrl, Comments), Pull(system.OtherProfileId, OtherPostUrl, [OtherComment])]);

        system.ReportId = await RunReportAsync(admin, system.ProfileId);
        system.OtherReportId = await RunReportAsync(admin, system.OtherProfileId);
    }

    /// <summary>Sets a schedule (disabled: only the run on demand writes a report), runs it, and waits for the report.</summary>
    private static async Task<Guid> RunReportAsync(HttpClient admin, Guid profile)
    {
        using var put = await admin.PutAsJsonAsync($"/api/insights/reports/schedules/{profile}", new { timeZone = "Europe/Madrid", localTime = "08:00", enabled = false });
        Assert.True(put.IsSuccessStatusCode, $"PUT schedule: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
        using var run = await admin.PostAsync($"/api/insights/reports/schedules/{profile}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var reports = await Eventually.WaitAsync(
            async () => (await admin.GetFromJsonAsync<List<ReportSummary>>($"/api/insights/reports?clientProfileId={profile}"))!,
            list => list.Count > 0, TimeSpan.FromMinutes(1));
        return Assert.Single(reports).Id;
    }
}
