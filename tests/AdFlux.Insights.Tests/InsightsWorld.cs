using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Contracts.Ingest;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Reports;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Insights.Tests;

/// <summary>
/// Insights beside a real identity on a shared virtual host (the matrix world), also trusting the
/// test signing key so functional tests can use fresh tenants. Each matrix tenant gets YouTube,
/// Spotify and Meta ads figures for both its client profiles, published over the broker as ingest
/// would; the entity ids are the resources (<c>{youtubeChannel}</c>…) the matrix looks for.
/// </summary>
public sealed class InsightsWorld : IAsyncLifetime
{
    /// <summary>The matrix tenants' webhook target: public (RFC 5737 documentation range), so registration accepts it, and it never answers.</summary>
    public const string MatrixWebhookUrl = "https://203.0.113.10/matrix";

    /// <summary>The platform sandbox, whose OpenAI-compatible endpoint writes the reports' readings.</summary>
    public WebApplicationFactory<SandboxProgram> Sandbox { get; } = new();

    /// <summary>Every request insights sent to the chat model.</summary>
    public ConcurrentQueue<string> ChatRequests { get; } = new();

    public MatrixWorldHost<Program> Host { get; private set; } = null!;

    public AuthMatrixWorld Matrix => Host.World;

    public ServiceFactory<Program> Service => Host.Service!;

    public async Task InitializeAsync() =>
        Host = await MatrixWorldHost<Program>.StartAsync(ResourceNames.Insights, new MatrixWorldOptions
        {
            ConfigureService = host =>
            {
                host.UseSetting("Messaging:RetryLimit", "2");
                host.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
                host.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
                host.UseSetting("Messaging:RetryIntervalDelta", "00:00:00.050");
                host.UseSetting("Logging:LogLevel:Default", "Warning");
                host.UseSetting($"{ReportOptions.ChatSection}:SandboxEndpoint", Sandbox.Server.BaseAddress + "v1");
                host.UseSetting($"{ReportOptions.Section}:PollInterval", "00:00:00.200");
                host.ConfigureServices(services =>
                {
                    services.TrustTestSigningKey();
                    services.AddHttpClient(ReportOptions.ChatSection)
                        .ConfigurePrimaryHttpMessageHandler(() => Sandbox.Server.CreateHandler())
                        .AddHttpMessageHandler(() => new RecordingHandler(ChatRequests));
                });
            },
            Seed = SeedAsync,
        });

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        await Sandbox.DisposeAsync();
    }

    /// <summary>A client of insights sending <paramref name="token"/> as bearer.</summary>
    public HttpClient Client(string token)
    {
        var client = Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public InsightsDbContext Db(Guid tenantId) =>
        new(MigrationSchema.OptionsFor<InsightsDbContext>(Service.Resources.DatabaseConnectionString), new FixedTenantContext(tenantId));

    public Task PublishAsync<TEvent>(TEvent message) where TEvent : class => Service.Services.GetRequiredService<IBus>().Publish(message);

    /// <summary>Waits until insights has handled the event (its inbox row exists).</summary>
    /// <summary>
    /// Waits until every insights consumer of the message's type has handled it (an inbox row each):
    /// one event can have several, e.g. the alert and the webhook consumers of CampaignAnomalyDetected,
    /// and they finish in either order.
    /// </summary>
    public async Task HandledAsync(AdFlux.Contracts.IIntegrationEvent message)
    {
        var consumers = ConsumersOf(message.GetType());
        var handled = await Eventually.WaitAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(Service.Resources.DatabaseConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE message_id = @id", connection);
            command.Parameters.AddWithValue("id", message.EventId);
            return (long)(await command.ExecuteScalarAsync())!;
        }, count => count >= consumers);
        Assert.True(handled >= consumers, $"insights handled event {message.EventId} in {handled} of its {consumers} consumers in time");
    }

    private static int ConsumersOf(Type messageType) => typeof(AdFlux.Insights.Program).Assembly.GetTypes()
        .Count(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IConsumer<>).MakeGenericType(messageType).IsAssignableFrom(type));

    public async Task PublishAndWaitAsync(params PlatformMetricsReceived[] messages)
    {
        foreach (var message in messages)
        {
            await PublishAsync(message);
        }
        foreach (var message in messages)
        {
            await HandledAsync(message);
        }
    }

    public static async Task<JsonNode> GetJsonAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {path}: expected {expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    private async Task SeedAsync(MatrixSeed seed)
    {
        await Eventually.WaitAsync(async () => (await seed.Client.GetAsync("/health")).StatusCode, status => status == HttpStatusCode.OK);
        var bus = seed.Services.GetRequiredService<IBus>();
        var yesterday = DateTimeOffset.UtcNow.Date.AddDays(-1);
        var start = new DateTimeOffset(yesterday, TimeSpan.Zero);
        var published = new List<PlatformMetricsReceived>();
        foreach (var (profile, names) in new[] { (seed.ClientProfile, seed.Resources), (seed.OtherClientProfile, seed.OutOfScope) })
        {
            var channel = $"UC{Guid.NewGuid():N}";
            var artist = $"sp{Guid.NewGuid():N}";
            var ad = $"ad{Guid.NewGuid():N}";
            names["youtubeChannel"] = channel;
            names["spotifyArtist"] = artist;
            names["metaAd"] = ad;
            published.Add(Metrics.Received(seed.TenantId, profile, "youtube", "channel", channel, start, TimeSpan.FromDays(1),
                Metrics.Of(("views", 1000), ("likes", 50), ("comments", 5), ("subscribers", 300))));
            published.Add(Metrics.Received(seed.TenantId, profile, "spotify", "artist", artist, start, TimeSpan.FromDays(1),
                Metrics.Of(("streams", 700), ("followers", 90))));
            published.Add(Metrics.Received(seed.TenantId, profile, "meta_ads", "ad", ad, start, TimeSpan.FromDays(1),
                Metrics.Of(("impressions", 5000), ("clicks", 100), ("conversions", 4))));
        }
        foreach (var message in published)
        {
            await bus.Publish(message);
        }
        foreach (var profile in new[] { seed.ClientProfile, seed.OtherClientProfile })
        {
            await bus.Publish(Social.Posts(seed.TenantId, profile, [Social.Post("https://instagram.com/p/matrix")],
                [Social.Comment("https://instagram.com/p/matrix", "Matrix comment, amazing")]));
        }
        await using var scope = seed.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
        // No caller in this scope: the seed counts its tenant's points past the tenant filter.
        var points = await Eventually.WaitAsync(
            () => db.Points.IgnoreQueryFilters().CountAsync(p => p.TenantId == seed.TenantId), count => count >= 18);
        Assert.Equal(18, points);
        var comments = await Eventually.WaitAsync(
            () => db.Comments.IgnoreQueryFilters().Where(c => c.TenantId == seed.TenantId).ToListAsync(), found => found.Count >= 2);
        seed.Resources["comment"] = comments.Single(c => c.ClientProfileId == seed.ClientProfile).Id.ToString();
        seed.OutOfScope["comment"] = comments.Single(c => c.ClientProfileId == seed.OtherClientProfile).Id.ToString();

        // A daily report for each profile, run by the service's own worker.
        foreach (var profile in new[] { seed.ClientProfile, seed.OtherClientProfile })
        {
            db.ReportSchedules.Add(Reports.DueSchedule(seed.TenantId, profile));
        }
        await db.SaveChangesAsync();
        var reports = await Eventually.WaitAsync(
            () => db.Reports.IgnoreQueryFilters().Where(r => r.TenantId == seed.TenantId).ToListAsync(), found => found.Count >= 2, TimeSpan.FromMinutes(2));
        seed.Resources["report"] = reports.Single(r => r.ClientProfileId == seed.ClientProfile).Id.ToString();
        seed.OutOfScope["report"] = reports.Single(r => r.ClientProfileId == seed.OtherClientProfile).Id.ToString();

        // A threshold rule and a budget alert for each profile.
        foreach (var profile in new[] { seed.ClientProfile, seed.OtherClientProfile })
        {
            var rule = Alerts.Rule(seed.TenantId, profile, "youtube", "views", AlertRule.Above, 1_000_000);
            db.AlertRules.Add(rule);
            var doomed = Alerts.Rule(seed.TenantId, profile, "youtube", "likes", AlertRule.Below, 1);
            db.AlertRules.AddRange(doomed);
            var names = profile == seed.ClientProfile ? seed.Resources : seed.OutOfScope;
            names["alertRule"] = rule.Id.ToString();
            names["doomedAlertRule"] = doomed.Id.ToString();
            await bus.Publish(Alerts.BudgetReached(seed.TenantId, profile, Guid.NewGuid(), 80));
        }
        await db.SaveChangesAsync();
        var alerts = await Eventually.WaitAsync(
            () => db.Alerts.IgnoreQueryFilters().Where(a => a.TenantId == seed.TenantId).ToListAsync(), found => found.Count >= 2);
        seed.Resources["alert"] = alerts.Single(a => a.ClientProfileId == seed.ClientProfile).Id.ToString();
        seed.OutOfScope["alert"] = alerts.Single(a => a.ClientProfileId == seed.OtherClientProfile).Id.ToString();

        await SeedWebhooksAsync(seed, db);
    }

    /// <summary>Two endpoints (one for the delete row) and a failed delivery to replay; webhooks belong to no client profile.</summary>
    private static async Task SeedWebhooksAsync(MatrixSeed seed, InsightsDbContext db)
    {
        foreach (var name in new[] { "webhook", "doomedWebhook" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/insights/webhooks")
            {
                Content = JsonContent.Create(new { url = MatrixWebhookUrl, eventTypes = new[] { "AlertRaised" } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", seed.AdminToken);
            using var response = await seed.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"seeding webhook {name}: {(int)response.StatusCode} {body}");
            seed.Resources[name] = JsonNode.Parse(body)!["endpoint"]!["id"]!.GetValue<Guid>().ToString();
        }
        var delivery = new WebhookDelivery
        {
            Id = Guid.CreateVersion7(),
            TenantId = seed.TenantId,
            EndpointId = Guid.Parse(seed.Resources["webhook"]),
            EventId = Guid.NewGuid(),
            EventType = "AlertRaised",
            Payload = "{}",
            Status = WebhookDeliveryStatus.Failed,
            NextRunAt = WebhookDelivery.Never,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        seed.Resources["webhookDelivery"] = delivery.Id.ToString();
    }
}
