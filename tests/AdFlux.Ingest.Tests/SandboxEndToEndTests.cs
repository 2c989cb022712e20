using System.Net.Http.Json;
using AdFlux.Ingest.Api;
using AdFlux.PlatformSandbox.Emit;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class SandboxEndToEndTests(IngestWorld world)
{
    /// <summary>
    /// The sandbox in emit mode signs YouTube deliveries with tenant B's API key and secret; ingest stores
    /// each raw and writes its event; the ledger, on the same broker, records every one of those events.
    /// </summary>
    [Fact]
    public async Task Emitted_webhooks_flow_from_the_sandbox_through_the_raw_store_and_outbox_into_the_ledger()
    {
        var b = world.Matrix.B;
        using var admin = world.Client(b.AdminToken);
        var secret = await IngestWorld.ReadAsync<CreatedWebhookSecretResponse>(await admin.PostAsync("/api/ingest/webhook-secrets/youtube-metrics/rotate", null));
        var infrastructure = await TestInfrastructure.SharedAsync();
        var ledgerDatabase = $"ledger_e2e_{Guid.NewGuid():N}"[..30];
        await infrastructure.Postgres.EnsureDatabaseAsync(ledgerDatabase);
        await using var ledgerResources = new IsolatedResources(
            infrastructure, ledgerDatabase, infrastructure.Postgres.ConnectionStringFor(ledgerDatabase), world.Resources.MessagingConnectionString);
        await using var ledger = new ServiceFactory<AdFlux.Ledger.Program>(ResourceNames.Ledger, ledgerResources, services => services.TrustTestSigningKey());
        _ = ledger.Services;
        await using var sandboxBase = new WebApplicationFactory<SandboxProgram>();
        var sandbox = sandboxBase.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Sandbox:Emit:Enabled", "true");
            builder.UseSetting("Sandbox:Emit:TargetUrl", "http://gateway.test");
            builder.UseSetting("Sandbox:Emit:ApiKey", b.ApiKey);
            builder.UseSetting("Sandbox:Emit:SigningSecret", secret.Secret);
            builder.UseSetting("Sandbox:Emit:PerSecond", "20");
            builder.ConfigureServices(services => services.AddHttpClient(WebhookEmitter.ClientName)
                .ConfigurePrimaryHttpMessageHandler(() => world.Ingest.Server.CreateHandler()));
        });
        _ = sandbox.Services;

        var emitted = await Eventually.WaitAsync(
            async () => (await world.DeliveriesAsync(b.TenantId)).Where(d => d.DeliveryId?.StartsWith("sandbox-", StringComparison.Ordinal) == true).ToList(),
            rows => rows.Count >= 10);
        await sandbox.DisposeAsync();
        Assert.True(emitted.Count >= 10, $"only {emitted.Count} emitted deliveries arrived");
        Assert.DoesNotContain("invalid_signature", (await world.RejectionsAsync(b.TenantId)).Keys);

        var deliveryIds = (await world.DeliveriesAsync(b.TenantId)).Where(d => d.DeliveryId?.StartsWith("sandbox-", StringComparison.Ordinal) == true).Select(d => d.Id).ToHashSet();
        var events = (await world.EventsAsync(b.TenantId)).Where(m => m.Payload.Contains("\"deliveryId\"", StringComparison.Ordinal)).ToList();
        var eventIds = events.Where(m => deliveryIds.Any(id => m.Payload.Contains(id.ToString(), StringComparison.Ordinal))).Select(m => m.EventId).ToList();
        Assert.Equal(deliveryIds.Count, eventIds.Count);
        var recorded = await Eventually.WaitAsync(() => LedgerCountAsync(ledgerResources.DatabaseConnectionString, eventIds), n => n == eventIds.Count);
        Assert.Equal(eventIds.Count, recorded);
        using var ledgerClient = ledger.CreateClient();
        ledgerClient.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Admin(b.TenantId));
        var verification = await ledgerClient.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/ledger/verify");
        Assert.True(verification.GetProperty("ok").GetBoolean(), verification.ToString());
    }

    private static async Task<long> LedgerCountAsync(string connectionString, List<Guid> eventIds)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM ledger_events WHERE event_id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", eventIds.ToArray());
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }
}
