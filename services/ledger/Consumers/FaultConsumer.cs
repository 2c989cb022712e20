using System.Text.Json;
using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ledger.Consumers;

/// <summary>
/// Learns of dead letters: after a consumer's last retry MassTransit moves the message to
/// <c>&lt;queue&gt;_error</c> and publishes a <see cref="Fault"/> from that queue's endpoint, so
/// the fault's source address names the queue and its body carries the failed message.
/// </summary>
public sealed class FaultConsumer(LedgerDbContext db, TimeProvider clock) : IdempotentConsumer<Fault, LedgerDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<Fault> context)
    {
        var fault = context.Message;
        var queue = QueueOf(context.SourceAddress);
        var (payload, tenantId) = FailedMessageOf(context);
        var error = fault.Exceptions is { Length: > 0 } exceptions
            ? $"{exceptions[0].ExceptionType}: {exceptions[0].Message}"
            : "unknown error";
        var messageType = fault.FaultMessageTypes?.FirstOrDefault() is { } urn ? TypeNameOf(urn) : "unknown";
        var seenAt = fault.Timestamp == default ? Clock.GetUtcNow() : new DateTimeOffset(fault.Timestamp, TimeSpan.Zero);

        await Db.Database.ExecuteSqlAsync($"""
            INSERT INTO dead_letters (id, tenant_id, message_id, message_type, queue, error, payload,
                first_seen_at, last_seen_at, failures, replays)
            VALUES ({fault.FaultId}, {tenantId}, {fault.FaultedMessageId ?? Guid.Empty}, {messageType}, {queue}, {error},
                {payload}, {seenAt}, {seenAt}, 1, 0)
            ON CONFLICT (message_id, queue) DO UPDATE
            SET last_seen_at = excluded.last_seen_at, error = excluded.error, failures = dead_letters.failures + 1
            """, context.CancellationToken);
    }

    /// <summary><c>urn:message:AdFlux.Contracts.Video:VideoUploaded</c> → <c>AdFlux.Contracts.Video.VideoUploaded</c>.</summary>
    public static string TypeNameOf(string urn) =>
        urn.StartsWith("urn:message:", StringComparison.Ordinal) ? urn["urn:message:".Length..].Replace(':', '.') : urn;

    public static string QueueOf(Uri? sourceAddress) =>
        sourceAddress?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "unknown";

    private static (string Payload, Guid TenantId) FailedMessageOf(ConsumeContext context)
    {
        using var envelope = JsonDocument.Parse(context.ReceiveContext.Body.GetBytes());
        if (envelope.RootElement.TryGetProperty("message", out var faultBody)
            && faultBody.TryGetProperty("message", out var failed)
            && failed.ValueKind == JsonValueKind.Object)
        {
            var tenantId = failed.TryGetProperty("tenantId", out var tenant) && tenant.TryGetGuid(out var id) ? id : Guid.Empty;
            return (failed.GetRawText(), tenantId);
        }
        return ("{}", Guid.Empty);
    }
}
