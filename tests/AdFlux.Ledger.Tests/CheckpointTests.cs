using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AdFlux.Contracts;
using AdFlux.Ledger.Api;
using AdFlux.Ledger.Chain;
using AdFlux.Ledger.Checkpoints;
using AdFlux.Ledger.Verification;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AdFlux.Ledger.Tests;

/// <summary>
/// Signed checkpoints anchor each tenant's chain with a key outside ledgerdb: a superuser who
/// rewrites rows and recomputes every hash gets past the hash walk but not past them.
/// </summary>
public sealed class CheckpointTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_rewrite_that_recomputes_every_hash_passes_the_walk_but_not_the_signed_checkpoint()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync(host: WithFreshKey);
        var tenant = await RecordAsync(messaging, 5);
        Assert.Equal(1, await WriteCheckpointsAsync(ledger));

        await RewriteAsync(messaging, tenant, position: 3, fileName: "forged.mp4");
        var verification = await VerifyAsync(ledger, tenant);

        Assert.False(verification.Ok);
        // The recomputed chain links up (rows 1-4 pass), so only the checkpoint at 5 catches it.
        Assert.Equal(4, verification.Count);
        Assert.Equal(5, verification.FirstBrokenLink!.Position);
        Assert.StartsWith("hash differs from the checkpoint signed", verification.FirstBrokenLink.Reason);
        Assert.Equal(0, verification.CheckpointsVerified);
    }

    [Fact]
    public async Task A_forged_checkpoint_and_removed_tail_rows_are_reported()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync(host: WithFreshKey);
        var tenant = await RecordAsync(messaging, 5);
        await WriteCheckpointsAsync(ledger);

        await AsSuperUserAsync(messaging, "ledger_events", "DELETE FROM ledger_events WHERE position > 3");
        var truncated = await VerifyAsync(ledger, tenant);
        await AsSuperUserAsync(messaging, "ledger_checkpoints", "UPDATE ledger_checkpoints SET position = 3, head_hash = (SELECT hash FROM ledger_events WHERE position = 3)");
        var forged = await VerifyAsync(ledger, tenant);

        Assert.False(truncated.Ok);
        Assert.Equal(3, truncated.Count);
        Assert.Contains("the chain ends at position 3 but a checkpoint signed", truncated.FirstBrokenLink!.Reason);
        Assert.False(forged.Ok);
        Assert.Contains("does not carry a valid signature", forged.FirstBrokenLink!.Reason);
    }

    [Fact]
    public async Task A_round_signs_only_chains_that_grew_publishes_each_checkpoint_and_verify_counts_them()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync(host: WithFreshKey);
        var tenant = await RecordAsync(messaging, 3);

        var first = await WriteCheckpointsAsync(ledger);
        var idle = await WriteCheckpointsAsync(ledger);
        await Messaging.WriteAsync(messaging.Video(), [TestEvents.VideoUploaded(tenant, "more.mp4")]);
        await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= 4);
        var grown = await WriteCheckpointsAsync(ledger);
        var verification = await VerifyAsync(ledger, tenant);

        Assert.Equal((1, 0, 1), (first, idle, grown));
        Assert.True(verification.Ok, verification.FirstBrokenLink?.Reason);
        Assert.Equal(2, verification.CheckpointsVerified);
        var published = await Eventually.WaitAsync(() => messaging.ScalarAsync(messaging.LedgerDatabase,
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%LedgerCheckpointCreated%' AND sent_at IS NOT NULL"), n => n >= 2);
        Assert.Equal(2, published);
        // The ledger does not record its own checkpoints: that would move the head it just signed.
        await Task.Delay(1000);
        Assert.Equal(4, await messaging.LedgerRowsAsync());
    }

    [Fact]
    public async Task Admins_list_checkpoints_with_a_public_key_that_verifies_them_independently()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync(services => services.TrustTestSigningKey(), WithFreshKey);
        var tenant = await RecordAsync(messaging, 2);
        await WriteCheckpointsAsync(ledger);
        using var client = ledger.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin(tenant));

        var list = await client.GetFromJsonAsync<CheckpointList>("/api/ledger/checkpoints", Json);
        var badLimit = await client.GetAsync("/api/ledger/checkpoints?limit=0");

        var checkpoint = Assert.Single(list!.Items);
        Assert.Equal(2, checkpoint.Position);
        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(list.PublicKeyPem);
        var statement = Encoding.UTF8.GetBytes(string.Join('\n', "adflux-ledger-checkpoint/v1", tenant.ToString("D"), "2",
            checkpoint.HeadHash, checkpoint.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(publicKey.VerifyData(statement, Convert.FromBase64String(checkpoint.Signature), HashAlgorithmName.SHA256));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Contains("limit", await badLimit.Content.ReadAsStringAsync());
    }

    /// <summary>Each test signs with its own key, given as configuration (the way a secret store would).</summary>
    private static void WithFreshKey(IWebHostBuilder host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        host.UseSetting($"{CheckpointOptions.Section}:Key", key.ExportPkcs8PrivateKeyPem());
    }

    private static async Task<Guid> RecordAsync(Messaging messaging, int count)
    {
        var tenant = Guid.NewGuid();
        await Messaging.WriteAsync(messaging.Video(), Enumerable.Range(0, count).Select(i => (IIntegrationEvent)TestEvents.VideoUploaded(tenant, $"{i}.mp4")));
        await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= count);
        return tenant;
    }

    private static async Task<int> WriteCheckpointsAsync(Testing.ServiceFactory<Program> ledger)
    {
        await using var scope = ledger.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CheckpointWriter>().WriteDueAsync(CancellationToken.None);
    }

    private static async Task<ChainVerification> VerifyAsync(Testing.ServiceFactory<Program> ledger, Guid tenant)
    {
        await using var scope = ledger.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(tenant, CancellationToken.None);
    }

    private static Task AsSuperUserAsync(Messaging messaging, string table, string sql) =>
        messaging.ScalarAsync(messaging.LedgerDatabase, $"""
            ALTER TABLE {table} DISABLE TRIGGER {table}_append_only;
            {sql};
            ALTER TABLE {table} ENABLE TRIGGER {table}_append_only;
            SELECT 0;
            """, asSuperUser: true);

    /// <summary>
    /// What an attacker holding the database can do: change a row's payload, then recompute its
    /// hash and every later row's previous hash and hash, so the chain links up again.
    /// </summary>
    private static async Task RewriteAsync(Messaging messaging, Guid tenant, long position, string fileName)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(messaging.Infrastructure.Postgres.AdminConnectionString) { Database = messaging.LedgerDatabase }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var disable = new NpgsqlCommand("ALTER TABLE ledger_events DISABLE TRIGGER ledger_events_append_only", connection))
        {
            await disable.ExecuteNonQueryAsync();
        }
        await using (var forge = new NpgsqlCommand($"UPDATE ledger_events SET payload = jsonb_set(payload, '{{fileName}}', '\"{fileName}\"') WHERE position = {position}", connection))
        {
            await forge.ExecuteNonQueryAsync();
        }
        var rows = new List<(long Id, ChainLink Link)>();
        await using (var read = new NpgsqlCommand("""
            SELECT id, position, event_id, event_type, source_service, correlation_id, causation_id, occurred_at, recorded_at, payload::text, previous_hash
            FROM ledger_events WHERE tenant_id = $1 ORDER BY position
            """, connection) { Parameters = { new() { Value = tenant } } })
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                using var payload = JsonDocument.Parse(reader.GetString(9));
                rows.Add((reader.GetInt64(0), new ChainLink(tenant, reader.GetInt64(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetGuid(5), reader.IsDBNull(6) ? null : reader.GetGuid(6),
                    reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8), payload.RootElement.Clone(), reader.GetString(10))));
            }
        }
        var previous = LedgerHash.Genesis;
        foreach (var (id, link) in rows)
        {
            var hash = LedgerHash.Compute(link with { PreviousHash = previous });
            await using var update = new NpgsqlCommand("UPDATE ledger_events SET previous_hash = $1, hash = $2 WHERE id = $3", connection)
            {
                Parameters = { new() { Value = previous }, new() { Value = hash }, new() { Value = id } },
            };
            await update.ExecuteNonQueryAsync();
            previous = hash;
        }
        await using var enable = new NpgsqlCommand("ALTER TABLE ledger_events ENABLE TRIGGER ledger_events_append_only", connection);
        await enable.ExecuteNonQueryAsync();
    }
}
