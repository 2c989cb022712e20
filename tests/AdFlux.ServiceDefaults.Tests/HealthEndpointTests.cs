using System.Net;
using System.Text.Json;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Health;
using AdFlux.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AdFlux.ServiceDefaults.Tests;

public sealed class HealthEndpointTests : IAsyncLifetime
{
    private IsolatedResources _resources = null!;

    public async Task InitializeAsync() =>
        _resources = await (await TestInfrastructure.SharedAsync()).IsolateAsync("health");

    public async Task DisposeAsync() => await _resources.DisposeAsync();

    [Fact]
    public async Task A_service_with_its_database_and_bus_up_reports_healthy()
    {
        await using var service = new ServiceFactory<AdFlux.Ingest.Program>(ResourceNames.Ingest, _resources);
        using var client = service.CreateClient();

        var health = await WaitForHealthAsync(client, HttpStatusCode.OK);

        Assert.Equal("Healthy", health.Status);
        Assert.Equal("Healthy", health.Checks["database"].Status);
        Assert.Equal("Healthy", health.Checks["bus"].Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task A_service_pointed_at_an_unreachable_database_answers_503_naming_it()
    {
        var unreachable = $"Host=127.0.0.1;Port={FreePortForTests()};Database=ingestdb;Username=x;Password=y;Timeout=1";
        await using var service = new UnreachableDatabaseFactory(_resources, unreachable);
        using var client = service.CreateClient();

        var response = await client.GetAsync("/health");
        var health = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", health.Checks["database"].Status);
        Assert.Contains("ingestdb", health.Checks["database"].Description);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    private static async Task<HealthResponse> WaitForHealthAsync(HttpClient client, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.GetAsync("/health");
            if (response.StatusCode == wanted || DateTime.UtcNow > deadline)
            {
                return await ReadAsync(response);
            }
            await Task.Delay(200);
        }
    }

    private static async Task<HealthResponse> ReadAsync(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<HealthResponse>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;

    private static int FreePortForTests() => AppHost.Infrastructure.FreePort.Pick();

    private sealed class UnreachableDatabaseFactory(IsolatedResources resources, string connectionString)
        : ServiceFactory<AdFlux.Ingest.Program>(ResourceNames.Ingest, resources)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"ConnectionStrings:{ResourceNames.DatabaseOf(ResourceNames.Ingest)}", connectionString);
        }
    }
}
