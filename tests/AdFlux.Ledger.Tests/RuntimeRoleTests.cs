using AdFlux.AppHost.Infrastructure;
using AdFlux.Contracts;
using AdFlux.Ledger.Checkpoints;
using AdFlux.Ledger.Data;
using AdFlux.Ledger.Verification;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing;
using AdFlux.Video.Data;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AdFlux.Ledger.Tests;

/// <summary>
/// The ledger and its publisher the way the AppHost runs them with per-service roles: each
/// database's owner role migrates it and grants, the service serves as its runtime role, which
/// may read and insert ledger rows but not rewrite them, alter the table, or open another
/// service's database.
/// </summary>
public sealed class RuntimeRoleTests
{
    internal const string InsufficientPrivilege = "42501";

    [Fact]
    public async Task The_runtime_role_records_and_verifies_the_chain_but_may_not_rewrite_it_alter_it_or_reach_another_database()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledgerLogins = await messaging.Infrastructure.Postgres.EnsureServiceDatabaseAsync(messaging.LedgerDatabase);
        var videoLogins = await messaging.Infrastructure.Postgres.EnsureServiceDatabaseAsync(messaging.VideoDatabase);
        await MigrateAsOwnerAsync<Program, LedgerDbContext>(messaging.Ledger(host: host => host.Login(ResourceNames.Ledger, ledgerLogins, owner: true)));
        await MigrateAsOwnerAsync<AdFlux.Video.Program, VideoDbContext>(messaging.Video(host: host => host.Login(ResourceNames.Video, videoLogins, owner: true)));

        var ledger = await messaging.StartLedgerAsync(host: host => host.Login(ResourceNames.Ledger, ledgerLogins, owner: false));
        var video = messaging.Video(host: host => host.Login(ResourceNames.Video, videoLogins, owner: false));
        var tenant = Guid.NewGuid();
        await Messaging.WriteAsync(video, Enumerable.Range(0, 4).Select(i => (IIntegrationEvent)TestEvents.VideoUploaded(tenant, $"{i}.mp4")));
        var recorded = await Eventually.WaitAsync(() => messaging.ScalarAsync(messaging.LedgerDatabase, "SELECT count(*) FROM ledger_events", asSuperUser: true), n => n >= 4);
        Assert.True(recorded >= 4, await WhereTheEventsAreAsync(messaging, recorded));
        await using (var scope = ledger.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CheckpointWriter>().WriteDueAsync(CancellationToken.None));
            var verification = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(tenant, CancellationToken.None);
            Assert.True(verification.Ok, verification.FirstBrokenLink?.Reason);
        }

        var otherDatabase = new NpgsqlConnectionStringBuilder(ledgerLogins.RuntimeConnectionString) { Database = messaging.VideoDatabase }.ConnectionString;
        await AssertRefusedAsync(ledgerLogins.RuntimeConnectionString, otherDatabase);
        Assert.Equal(4, await messaging.ScalarAsync(messaging.LedgerDatabase, "SELECT count(*) FROM ledger_events", asSuperUser: true));
    }

    [Fact]
    public async Task A_service_on_its_runtime_role_waits_unhealthy_for_the_migration_step_and_never_migrates_itself()
    {
        await using var messaging = await Messaging.CreateAsync();
        var logins = await messaging.Infrastructure.Postgres.EnsureServiceDatabaseAsync(messaging.LedgerDatabase);
        var ledger = messaging.Ledger(host: host => host.Login(ResourceNames.Ledger, logins, owner: false));
        using var client = ledger.CreateClient();

        var waiting = await Eventually.WaitAsync(async () => await (await client.GetAsync("/health")).Content.ReadAsStringAsync(), body => body.Contains("waiting for the migration step", StringComparison.Ordinal));
        Assert.Equal(0, await messaging.ScalarAsync(messaging.LedgerDatabase, "SELECT count(*) FROM pg_tables WHERE tablename = 'ledger_events'", asSuperUser: true));
        await MigrateAsOwnerAsync<Program, LedgerDbContext>(messaging.Ledger(host: host => host.Login(ResourceNames.Ledger, logins, owner: true)));
        await ledger.Services.GetRequiredService<DatabaseState<LedgerDbContext>>().Migrated.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("20260101000100_LedgerEvents", waiting);
    }

    /// <summary>What the ledger's runtime login could try against its own chain and another service's database, each refused by the privilege system.</summary>
    internal static async Task AssertRefusedAsync(string runtime, string otherDatabase)
    {
        // What the ledger's own login could try: recompute the chain in place (no trigger touched), remove rows, or drop the guard.
        string[] refused =
        [
            "UPDATE ledger_events SET payload = jsonb_set(payload, '{fileName}', '\"forged.mp4\"'), hash = previous_hash WHERE position = 2",
            "DELETE FROM ledger_events WHERE position = 4",
            "TRUNCATE ledger_events",
            "UPDATE ledger_checkpoints SET position = 1",
            "ALTER TABLE ledger_events DISABLE TRIGGER ledger_events_append_only",
            "DROP TRIGGER ledger_events_append_only ON ledger_events",
            "CREATE TABLE ledger_events_copy (id bigint)",
            "DELETE FROM \"__EFMigrationsHistory\"",
        ];
        foreach (var sql in refused)
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(runtime, sql));
            // The append-only triggers raise the same SQLSTATE: only the privilege system says "permission denied" or "must be owner".
            Assert.True(error.SqlState == InsufficientPrivilege && (error.MessageText.StartsWith("permission denied", StringComparison.Ordinal)
                || error.MessageText.StartsWith("must be owner", StringComparison.Ordinal)), $"{sql}: {error.SqlState} {error.MessageText}");
        }
        var crossing = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(otherDatabase, "SELECT 1"));
        Assert.Equal(InsufficientPrivilege, crossing.SqlState);
        Assert.StartsWith("permission denied for database", crossing.MessageText);
    }

    private static async Task<string> WhereTheEventsAreAsync(Messaging messaging, long recorded)
    {
        var unsent = await messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", asSuperUser: true);
        var deadLetters = await TextAsync(messaging, messaging.LedgerDatabase, "SELECT string_agg(queue || ': ' || left(error, 300), ' | ') FROM dead_letters");
        return $"{recorded} of 4 events in the ledger; video outbox: {unsent} unsent; ledger dead letters: {deadLetters ?? "none"}";
    }

    private static async Task<string?> TextAsync(Messaging messaging, string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(messaging.Infrastructure.Postgres.AdminConnectionString) { Database = database }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>
    /// The migration step: the owner's login applies migrations and grants the runtime role, then
    /// the host goes away. The real step never starts its bus; this in-process stand-in does, and
    /// waits for it to be up before stopping: a bus stopped while still starting left its
    /// endpoints consuming after the host was disposed, and they dead-lettered the ledger's events.
    /// </summary>
    internal static async Task MigrateAsOwnerAsync<TProgram, TContext>(ServiceFactory<TProgram> step)
        where TProgram : class
        where TContext : ServiceDbContext
    {
        await using (step)
        {
            await step.Services.GetRequiredService<DatabaseState<TContext>>().Migrated;
            Assert.Equal(BusHealthStatus.Healthy, await step.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(90)));
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

internal static class ServiceLoginSettings
{
    /// <summary>Connects the service as its database's owner (a migration step that grants the runtime role) or as the runtime role (which waits for that step).</summary>
    public static void Login(this IWebHostBuilder host, string service, ServiceLogins logins, bool owner)
    {
        host.UseSetting($"ConnectionStrings:{ResourceNames.DatabaseOf(service)}", owner ? logins.OwnerConnectionString : logins.RuntimeConnectionString);
        host.UseSetting(owner ? $"{DatabaseOptions.Section}:RuntimeRole" : $"{DatabaseOptions.Section}:ExternalMigrations", owner ? logins.RuntimeRole : "true");
    }
}
