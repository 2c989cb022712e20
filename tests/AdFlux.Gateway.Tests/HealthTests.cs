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
    [Fact]
    public async Task Health_answers_503_naming_the_service_that_is_down_and_lists_the_healthy_one()
    {
        var nothingListening = new Uri($"http://127.0.0.1:{FreePort.Pick()}");
        await using var gateway = new GatewayFactory(new Dictionary<string, Uri>
        {
            [ResourceNames.Ingest] = services.IngestUrl,
            [ResourceNames.Identity] = services.IdentityUrl,
            [ResourceNames.Ledger] = nothingListening,
        });
        using var client = gateway.CreateClient();

        var (status, health) = await HealthOnceServicesAreUpAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", health.Status);
        Assert.Equal("Healthy", health.Checks[ResourceNames.Ingest].Status);
        Assert.Equal("Unhealthy", health.Checks[ResourceNames.Ledger].Status);
        Assert.Contains("ledger is unreachable", health.Checks[ResourceNames.Ledger].Description);
    }

    [Fact]
    public async Task Health_is_200_when_every_configured_service_is_up()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();

        var (status, health) = await HealthOnceServicesAreUpAsync(client);

        Assert.True(status == HttpStatusCode.OK, JsonSerializer.Serialize(health));
        Assert.Equal("Healthy", health.Checks[ResourceNames.Ingest].Status);
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
