using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AdFlux.Insights.Tests.Webhooks;

/// <summary>
/// Insights on its own database and virtual host, on a <see cref="ManualClock"/>, with
/// <c>Insights:Webhooks:AllowPrivateTargets</c> on so deliveries reach the tests' loopback
/// receivers, and the worker polling fast. Each test uses a fresh tenant.
/// </summary>
public sealed class WebhooksWorld : IAsyncLifetime
{
    private IsolatedResources _resources = null!;

    public ManualClock Clock { get; } = new();

    public WebhooksFactory Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.SharedAsync();
        _resources = await infrastructure.IsolateAsync("insights_webhooks");
        Service = new WebhooksFactory(_resources, Clock);
        using var client = Service.CreateClient();
        await Eventually.WaitAsync(async () => (await client.GetAsync("/health")).StatusCode, status => status == HttpStatusCode.OK);
    }

    public async Task DisposeAsync()
    {
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }
        await _resources.DisposeAsync();
    }

    /// <summary>An admin of <paramref name="tenantId"/>, with a token issued on the service's clock.</summary>
    public HttpClient Admin(Guid tenantId)
    {
        var client = Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.For(tenantId).AsAdmin().IssuedAt(Clock.GetUtcNow()).Build());
        return client;
    }

    /// <summary>Registers an endpoint; returns its id and secret.</summary>
    public async Task<(Guid Id, string Secret)> RegisterAsync(Guid tenantId, string url, params string[] eventTypes)
    {
        using var admin = Admin(tenantId);
        using var response = await admin.PostAsJsonAsync("/api/insights/webhooks", new { url, eventTypes });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"register: {(int)response.StatusCode} {body}");
        var json = JsonNode.Parse(body)!;
        return (json["endpoint"]!["id"]!.GetValue<Guid>(), json["secret"]!.GetValue<string>());
    }

    public async Task<JsonArray> DeliveriesAsync(Guid tenantId, Guid endpointId)
    {
        using var admin = Admin(tenantId);
        return (await InsightsWorld.GetJsonAsync(admin, $"/api/insights/webhooks/{endpointId}/deliveries")).AsArray();
    }

    public async Task<JsonNode> EndpointAsync(Guid tenantId, Guid endpointId)
    {
        using var admin = Admin(tenantId);
        return await InsightsWorld.GetJsonAsync(admin, $"/api/insights/webhooks/{endpointId}");
    }

    /// <summary>Publishes the event over the broker, as its producer would, and waits until insights' webhook consumer handled it.</summary>
    public async Task PublishAsync<TEvent>(TEvent message, Guid eventId) where TEvent : class
    {
        await Service.Services.GetRequiredService<IBus>().Publish(message);
        var handled = await Eventually.WaitAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(_resources.DatabaseConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE message_id = @id", connection);
            command.Parameters.AddWithValue("id", eventId);
            return (long)(await command.ExecuteScalarAsync())!;
        }, count => count > 0);
        Assert.True(handled > 0, $"insights did not handle event {eventId} in time");
    }
}
