using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.AppHost.Infrastructure;
using AdFlux.Gateway.Tests.Support;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Health;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class HealthTests(GatewayFixture services)
{
    /// <summary>Probe on every request, so a test waiting for services to come up sees them at once.</summary>
    private static readonly Dictionary<string, string?> Uncached = new() { ["Gateway:Health:CacheFor"] = "00:00:00" };

    [Fact]
    public async Task Health_answers_503_naming_the_service_that_is_down_and_lists_the_healthy_one()
    {
        var nothingListening = new Uri($"http://127.0.0.1:{FreePort.Pick()}");
        await using var gateway = new GatewayFactory(new Dictionary<string, Uri>
        {
            [ResourceNames.Ingest] = services.IngestUrl,
            [ResourceNames.Identity] = services.IdentityUrl,
            [ResourceNames.Ledger] = nothingListening,
        }, Uncached);
        using var admin = gateway.CreateClient().AsTenant();

        var (status, health) = await HealthOnceServicesAreUpAsync(admin);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", health.Status);
        Assert.Equal("Healthy", health.Checks[ResourceNames.Ingest].Status);
        Assert.Equal("Unhealthy", health.Checks[ResourceNames.Ledger].Status);
        Assert.Contains("ledger is unreachable", health.Checks[ResourceNames.Ledger].Description);
    }

    [Fact]
    public async Task Health_is_200_when_every_configured_service_is_up()
    {
        await using var gateway = services.Gateway(Uncached);
        using var admin = gateway.CreateClient().AsTenant();

        var (status, health) = await HealthOnceServicesAreUpAsync(admin);

        Assert.True(status == HttpStatusCode.OK, JsonSerializer.Serialize(health));
        Assert.Equal("Healthy", health.Checks[ResourceNames.Ingest].Status);
    }

    [Fact]
    public async Task Anonymous_health_gives_only_the_aggregate_status_and_does_not_call_the_services_on_every_request()
    {
        await using var ledger = await CountingService.StartAsync();
        await using var gateway = new GatewayFactory(new Dictionary<string, Uri> { [ResourceNames.Ledger] = ledger.Url });
        using var anonymous = gateway.CreateClient();
        using var admin = gateway.CreateClient().AsTenant();

        for (var i = 0; i < 5; i++)
        {
            using var response = await anonymous.GetAsync("/health");
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
            Assert.False(json.RootElement.TryGetProperty("checks", out _), body);
            Assert.DoesNotContain(ResourceNames.Ledger, body, StringComparison.Ordinal);
        }
        var details = (await admin.GetFromJsonAsync<HealthResponse>("/health", JsonSerializerOptions.Web))!;

        Assert.Equal(1, ledger.HealthRequests);
        Assert.Equal("Healthy", details.Checks[ResourceNames.Ledger].Status);
    }

    /// <summary>A service reports unhealthy until its bus connects; wait for ingest and identity, not for a time.</summary>
    private static async Task<(HttpStatusCode, HealthResponse)> HealthOnceServicesAreUpAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.GetAsync("/health");
            var health = (await response.Content.ReadFromJsonAsync<HealthResponse>(JsonSerializerOptions.Web))!;
            var up = new[] { ResourceNames.Ingest, ResourceNames.Identity }.All(service => health.Checks[service].Status == "Healthy");
            if (up || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, health);
            }
            await Task.Delay(200);
        }
    }
}
