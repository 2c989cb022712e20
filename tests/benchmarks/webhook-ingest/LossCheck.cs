using System.Diagnostics;
using Npgsql;

namespace AdFlux.WebhookIngest.Benchmark;

/// <summary>
/// Zero loss, checked in the databases: every accepted delivery is a raw row in ingest, each made its event
/// in ingest's outbox in the same transaction, and every one of those events reached the ledger (waited for:
/// the relay and the ledger drain after the load stops).
/// </summary>
public static class LossCheck
{
    public static async Task<string> RunAsync(string ingestDb, string ledgerDb, IReadOnlyList<Guid> accepted, TimeSpan drainLimit)
    {
        var ids = accepted.ToArray();
        var stored = await ScalarAsync(ingestDb, "SELECT count(*) FROM webhook_deliveries WHERE id = ANY(@ids)", ids);
        var eventIds = await EventIdsAsync(ingestDb, ids.Select(i => i.ToString()).ToArray());
        var clock = Stopwatch.StartNew();
        long recorded;
        while ((recorded = await ScalarAsync(ledgerDb, "SELECT count(*) FROM ledger_events WHERE event_id = ANY(@ids)", eventIds)) < eventIds.Length
            && clock.Elapsed < drainLimit)
        {
            await Task.Delay(500);
        }
        var lost = ids.Length - stored + (ids.Length - eventIds.Length) + (eventIds.Length - recorded);
        return $"zero-loss check: {ids.Length} accepted, {stored} in the raw store, {eventIds.Length} events in the outbox, "
            + $"{recorded} in the ledger ({clock.Elapsed.TotalSeconds:0.0} s after the load stopped) => {(lost == 0 ? "NOTHING LOST" : $"{lost} MISSING")}";
    }

    private static async Task<Guid[]> EventIdsAsync(string connectionString, string[] deliveryIds)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT event_id FROM outbox_messages WHERE payload->>'deliveryId' = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", deliveryIds);
        var eventIds = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            eventIds.Add(reader.GetGuid(0));
        }
        return [.. eventIds];
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
