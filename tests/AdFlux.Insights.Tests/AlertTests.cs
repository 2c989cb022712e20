using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AdFlux.Contracts.MlDetection;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Tests;

/// <summary>Alerts from threshold rules, same-weekday anomalies, ads' budgets and ml-detection's notices, over the real broker.</summary>
[Collection(InsightsCollection.Name)]
public sealed class AlertTests(InsightsWorld world)
{
    [Fact]
    public async Task A_rule_on_the_platform_total_raises_one_alert_for_the_day_and_announces_it()
    {
        var (tenant, profile) = (world.Matrix.A.TenantId, Guid.Parse(world.Matrix.A.Resources["clientProfile"]));
        var platform = $"yt-{Guid.NewGuid():N}"[..12];
        using var admin = world.Client(world.Matrix.A.AdminToken);
        using var created = await admin.PostAsJsonAsync("/api/insights/alerts/rules",
            new { clientProfileId = profile, name = "Views over 1k", platform, metric = "views", direction = "above", threshold = 1000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var day = Metrics.Day("2026-11-10");

        // Two videos of the profile: 700 views, then 500 more, so the platform's day crosses 1,000 only with the second.
        await world.PublishAndWaitAsync(Metrics.Received(tenant, profile, platform, "video", "v1", day.AddHours(9), TimeSpan.FromHours(1), Metrics.Of(("views", 700))));
        Assert.Empty(await AlertsAsync(tenant, platform));
        var second = Metrics.Received(tenant, profile, platform, "video", "v2", day.AddHours(10), TimeSpan.FromHours(1), Metrics.Of(("views", 500)));
        await world.PublishAndWaitAsync(second);
        // The same figures restated later the same day do not raise it again.
        await world.PublishAndWaitAsync(second with { EventId = Guid.CreateVersion7(), OccurredAt = second.OccurredAt.AddMinutes(30), Metrics = Metrics.Of(("views", 600)) });

        var alert = Assert.Single(await AlertsAsync(tenant, platform));
        Assert.Equal((AlertKinds.Threshold, 1200d, 1000d, new DateOnly(2026, 11, 10)), (alert.Kind, alert.Value, alert.Expected, alert.Day));
        await using var db = world.Db(tenant);
        Assert.Contains(await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Insights.AlertRaised,")).Select(m => m.Payload).ToListAsync(),
            payload => payload.Contains(alert.Id.ToString(), StringComparison.Ordinal));
        var listed = await InsightsWorld.GetJsonAsync(admin, $"/api/insights/alerts?kind=threshold&clientProfileId={profile}");
        Assert.Contains(listed["items"]!.AsArray(), item => (string)item!["id"]! == alert.Id.ToString());
    }

    [Fact]
    public async Task A_day_far_above_the_same_weekday_of_past_weeks_is_an_anomaly_and_a_weekly_rhythm_is_not()
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        var tuesday = Metrics.Day("2026-11-10");
        var history = new List<AdFlux.Contracts.Ingest.PlatformMetricsReceived>();
        foreach (var week in Enumerable.Range(1, 6))
        {
            // Tuesdays hover around 100; Saturdays are always ten times that.
            history.Add(Metrics.Received(tenant, profile, "spotify", "track", "t1", tuesday.AddDays(-7 * week), TimeSpan.FromDays(1), Metrics.Of(("streams", 95 + week * 2))));
            history.Add(Metrics.Received(tenant, profile, "spotify", "track", "t1", tuesday.AddDays(4 - 7 * week), TimeSpan.FromDays(1), Metrics.Of(("streams", 1000 + week))));
        }
        await world.PublishAndWaitAsync([.. history]);
        await world.PublishAndWaitAsync(Metrics.Received(tenant, profile, "spotify", "track", "t1", tuesday.AddDays(4), TimeSpan.FromDays(1), Metrics.Of(("streams", 1010))));
        Assert.Empty(await AlertsAsync(tenant, "spotify"));

        await world.PublishAndWaitAsync(Metrics.Received(tenant, profile, "spotify", "track", "t1", tuesday, TimeSpan.FromDays(1), Metrics.Of(("streams", 900))));

        var alert = Assert.Single(await AlertsAsync(tenant, "spotify"));
        Assert.Equal((AlertKinds.Anomaly, AlertSeverities.Critical, "streams", 900d), (alert.Kind, alert.Severity, alert.Metric, alert.Value));
        Assert.Equal(102, alert.Expected!.Value, 1e-9);
        Assert.Contains("same weekday over the last 6 weeks", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_budget_threshold_a_campaign_anomaly_and_a_reach_limited_notice_become_alerts_once()
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        var campaign = Guid.NewGuid();
        var reached = Alerts.BudgetReached(tenant, profile, campaign, 100);
        await world.PublishAsync(reached);
        await world.HandledAsync(reached);
        var again = reached with { EventId = Guid.CreateVersion7() };
        await world.PublishAsync(again);
        await world.HandledAsync(again);
        var notice = new AnomalyDetected(Guid.CreateVersion7(), tenant, DateTimeOffset.UtcNow, Guid.NewGuid(), "shadowban", "high",
            "Screenshot shows a shadowban notice (en)", Guid.NewGuid(), "en", "your account is restricted", new DetectedObject("shadowban", 1, 0.1, 0.2, 0.5, 0.1, "your account is restricted"));
        await world.PublishAsync(notice);
        await world.HandledAsync(notice);

        var unusual = new AdFlux.Contracts.Ads.CampaignAnomalyDetected(Guid.CreateVersion7(), tenant, DateTimeOffset.UtcNow, campaign, profile, "google",
            new DateOnly(2026, 11, 24), "cpc", 3.1, 0.7, 1.3, "CPC on Tuesday 2026-11-24 was 3.10 USD, above the expected 0.70 USD–1.30 USD drawn from the same weekday of the last 8 weeks.");
        await world.PublishAsync(unusual);
        await world.HandledAsync(unusual);

        await using var db = world.Db(tenant);
        var alerts = await db.Alerts.OrderBy(a => a.Kind).ToListAsync();
        Assert.Equal([AlertKinds.Budget, AlertKinds.CampaignAnomaly, AlertKinds.ReachLimited], alerts.Select(a => a.Kind));
        Assert.Equal(("google-ads", "cpc", 3.1, 1.0), (alerts[1].Platform, alerts[1].Metric, alerts[1].Value, alerts[1].Expected));
        alerts.RemoveAt(1);
        Assert.Equal((AlertSeverities.Critical, profile, campaign), (alerts[0].Severity, alerts[0].ClientProfileId, alerts[0].SourceId));
        Assert.Contains("spent 100 % of its daily budget: 515.62 USD of 500 USD", alerts[0].Message, StringComparison.Ordinal);
        Assert.Equal((AlertSeverities.Critical, SeriesKey.NoClientProfile), (alerts[1].Severity, alerts[1].ClientProfileId));
    }

    [Fact]
    public async Task An_acknowledged_alert_is_filtered_out_of_the_unacknowledged_and_a_viewer_cannot_acknowledge()
    {
        var alertId = world.Matrix.A.Resources["alert"];
        using var viewer = world.Client(world.Matrix.A.ViewerToken);
        using (var refused = await viewer.PostAsync($"/api/insights/alerts/{alertId}/acknowledge", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using var admin = world.Client(world.Matrix.A.AdminToken);
        using (var acknowledged = await admin.PostAsync($"/api/insights/alerts/{alertId}/acknowledge", null))
        {
            Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        }
        var open = await InsightsWorld.GetJsonAsync(viewer, "/api/insights/alerts?acknowledged=false");
        Assert.DoesNotContain(open["items"]!.AsArray(), item => (string)item!["id"]! == alertId);
        var done = await InsightsWorld.GetJsonAsync(viewer, "/api/insights/alerts?acknowledged=true&kind=budget");
        Assert.Contains(done["items"]!.AsArray(), item => (string)item!["id"]! == alertId && item["acknowledgedAt"] is not null);
    }

    [Theory]
    [InlineData("direction", """{"clientProfileId":"{profile}","name":"n","platform":"youtube","metric":"views","direction":"sideways","threshold":1}""")]
    [InlineData("threshold", """{"clientProfileId":"{profile}","name":"n","platform":"youtube","metric":"views","direction":"above"}""")]
    [InlineData("clientProfileId", """{"name":"n","platform":"youtube","metric":"views","direction":"above","threshold":1}""")]
    [InlineData("metric", """{"clientProfileId":"{profile}","name":"n","platform":"youtube","metric":" ","direction":"above","threshold":1}""")]
    public async Task A_bad_rule_is_refused_naming_the_field_and_nothing_is_stored(string field, string body)
    {
        using var admin = world.Client(world.Matrix.A.AdminToken);
        await using var db = world.Db(world.Matrix.A.TenantId);
        var before = await db.AlertRules.CountAsync();
        using var content = new StringContent(body.Replace("{profile}", world.Matrix.A.Resources["clientProfile"], StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync("/api/insights/alerts/rules", content);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        Assert.Equal(before, await db.AlertRules.CountAsync());
    }

    [Fact]
    public async Task A_bad_filter_is_refused_naming_the_field()
    {
        using var admin = world.Client(world.Matrix.A.AdminToken);
        var problem = await InsightsWorld.GetJsonAsync(admin, "/api/insights/alerts?severity=apocalyptic", HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["severity"]);
    }

    private async Task<List<Alert>> AlertsAsync(Guid tenant, string platform)
    {
        await using var db = world.Db(tenant);
        return await db.Alerts.Where(a => a.Platform == platform).ToListAsync();
    }
}
