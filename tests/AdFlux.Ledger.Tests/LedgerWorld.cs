using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Ledger.Api;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Ledger.Tests;

/// <summary>
/// The ledger in the matrix world: identity's own events (tenants, both client profiles of
/// each tenant, users with their emails) reach it over the shared virtual host, and each tenant
/// gets a dead letter. Resources: <c>{correlation}</c> is the flow that created the viewer's
/// client profile (out of scope: the other profile's), <c>{deadLetter}</c> the tenant's dead letter.
/// </summary>
public sealed class LedgerWorld : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public MatrixWorldHost<Program> Host { get; private set; } = null!;

    public AuthMatrixWorld Matrix => Host.World;

    public async Task InitializeAsync() =>
        Host = await MatrixWorldHost<Program>.StartAsync(ResourceNames.Ledger, new MatrixWorldOptions
        {
            ConfigureService = host =>
            {
                host.UseSetting("Messaging:RetryLimit", "1");
                host.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
                host.UseSetting("Messaging:RetryMaxInterval", "00:00:00.100");
                host.UseSetting("Messaging:RetryIntervalDelta", "00:00:00.050");
                host.UseSetting("Logging:LogLevel:Default", "Warning");
            },
            Seed = SeedAsync,
        });

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    public static HttpClient As(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task SeedAsync(MatrixSeed seed)
    {
        async Task<T> GetAsync<T>(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", seed.AdminToken);
            using var response = await seed.Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<T>(Json))!;
        }
        var created = await Eventually.WaitAsync(
            async () => (await GetAsync<LedgerPage>("/api/ledger/events?type=ClientProfileCreated")).Items,
            items => items.Count >= 2, TimeSpan.FromMinutes(1));
        seed.Resources["correlation"] = CorrelationOf(created, seed.ClientProfile);
        seed.OutOfScope["correlation"] = CorrelationOf(created, seed.OtherClientProfile);

        await seed.Services.GetRequiredService<TopologyDeployer>().EnsureDeployedAsync(CancellationToken.None);
        // PostgreSQL's jsonb refuses \u0000, so the ledger cannot store this event however often it tries.
        await seed.Services.GetRequiredService<IBus>().Publish(TestEvents.VideoUploaded(seed.TenantId, "bad\u0000name.mp4"));
        var deadLetters = await Eventually.WaitAsync(
            () => GetAsync<List<DeadLetterResponse>>("/api/ledger/dead-letters"),
            list => list.Count > 0, TimeSpan.FromMinutes(1));
        seed.Resources["deadLetter"] = Assert.Single(deadLetters).Id.ToString();
    }

    private static string CorrelationOf(IReadOnlyList<LedgerEventResponse> created, Guid clientProfile) =>
        created.Single(e => e.Payload.GetProperty("clientProfileId").GetGuid() == clientProfile).CorrelationId!.Value.ToString();
}
