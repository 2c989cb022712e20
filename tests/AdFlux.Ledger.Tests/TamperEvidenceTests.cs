using AdFlux.Contracts;
using AdFlux.Ledger.Verification;
using AdFlux.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AdFlux.Ledger.Tests;

public sealed class TamperEvidenceTests
{
    [Fact]
    public async Task A_row_altered_with_the_trigger_disabled_is_reported_by_verify_as_exactly_that_link()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync();
        var tenant = Guid.NewGuid();
        await Messaging.WriteAsync(messaging.Video(), Enumerable.Range(0, 5).Select(i => (IIntegrationEvent)TestEvents.VideoUploaded(tenant, $"{i}.mp4")));
        await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= 5);
        var alteredEventId = await ScalarGuidAsync(messaging, "SELECT event_id FROM ledger_events WHERE position = 3");

        await messaging.ScalarAsync(messaging.LedgerDatabase, """
            ALTER TABLE ledger_events DISABLE TRIGGER ledger_events_append_only;
            UPDATE ledger_events SET payload = jsonb_set(payload, '{fileName}', '"forged.mp4"') WHERE position = 3;
            ALTER TABLE ledger_events ENABLE TRIGGER ledger_events_append_only;
            SELECT 0;
            """, asSuperUser: true);
        await using var scope = ledger.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(tenant, CancellationToken.None);

        Assert.False(verification.Ok);
        Assert.Equal(2, verification.Count);
        Assert.Equal(3, verification.FirstBrokenLink!.Position);
        Assert.Equal(alteredEventId, verification.FirstBrokenLink.EventId);
        Assert.Equal("row content does not match its hash", verification.FirstBrokenLink.Reason);
    }

    [Theory]
    [InlineData("DELETE FROM ledger_events WHERE position = 3", 4L)]
    [InlineData("UPDATE ledger_events SET position = 6 WHERE position = 3", 4L)]
    public async Task A_row_removed_or_moved_with_the_trigger_disabled_is_reported_as_a_gap_at_the_next_row(string sql, long reportedPosition)
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync();
        var tenant = Guid.NewGuid();
        await Messaging.WriteAsync(messaging.Video(), Enumerable.Range(0, 5).Select(i => (IIntegrationEvent)TestEvents.VideoUploaded(tenant, $"{i}.mp4")));
        await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= 5);
        var nextEventId = await ScalarGuidAsync(messaging, $"SELECT event_id FROM ledger_events WHERE position = {reportedPosition}");

        await messaging.ScalarAsync(messaging.LedgerDatabase, $"""
            ALTER TABLE ledger_events DISABLE TRIGGER ledger_events_append_only;
            {sql};
            ALTER TABLE ledger_events ENABLE TRIGGER ledger_events_append_only;
            SELECT 0;
            """, asSuperUser: true);
        await using var scope = ledger.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(tenant, CancellationToken.None);

        Assert.False(verification.Ok);
        Assert.Equal(2, verification.Count);
        Assert.Equal(reportedPosition, verification.FirstBrokenLink!.Position);
        Assert.Equal(nextEventId, verification.FirstBrokenLink.EventId);
        Assert.Equal($"position {reportedPosition} where 3 was expected (a row is missing or moved)", verification.FirstBrokenLink.Reason);
    }

    [Theory]
    [InlineData("UPDATE ledger_events SET source_service = 'forged'")]
    [InlineData("DELETE FROM ledger_events")]
    [InlineData("TRUNCATE ledger_events")]
    public async Task The_database_refuses_to_change_or_remove_ledger_rows(string sql)
    {
        await using var messaging = await Messaging.CreateAsync();
        await messaging.StartLedgerAsync();
        await Messaging.WriteAsync(messaging.Video(), [TestEvents.VideoUploaded(Guid.NewGuid())]);
        await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= 1);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => messaging.ScalarAsync(messaging.LedgerDatabase, sql));

        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(1, await messaging.ScalarAsync(messaging.LedgerDatabase, "SELECT count(*) FROM ledger_events WHERE source_service = 'video'"));
    }

    private static async Task<Guid> ScalarGuidAsync(Messaging messaging, string sql)
    {
        await using var connection = new NpgsqlConnection(messaging.Infrastructure.Postgres.ConnectionStringFor(messaging.LedgerDatabase));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
