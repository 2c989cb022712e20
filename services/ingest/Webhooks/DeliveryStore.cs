using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AdFlux.Contracts;
using AdFlux.Ingest.Data;
using AdFlux.Ingest.Domain;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AdFlux.Ingest.Webhooks;

/// <summary>
/// Stores an accepted delivery raw and its events in the outbox, in one transaction, unless it
/// repeats an earlier one (same delivery id, or same body within the duplicate window).
/// </summary>
public sealed class DeliveryStore(IngestDbContext db, TimeProvider clock, IOptions<WebhookOptions> options)
{
    public static string HashOf(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public async Task<DeliveryOutcome> AcceptAsync(
        IncomingDelivery delivery, Func<Guid, IReadOnlyList<IIntegrationEvent>> eventsFor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two identical bodies racing would both miss each other's uncommitted row: serialise
        // per (tenant, source, hash). Equal delivery ids with different bodies meet at the unique index.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(delivery)})", cancellationToken);
        if (await FindRepeatAsync(delivery, cancellationToken) is { } earlier)
        {
            return new DeliveryOutcome(earlier, true, 0);
        }

        var row = new WebhookDelivery
        {
            Id = Guid.CreateVersion7(delivery.ReceivedAt),
            TenantId = delivery.TenantId,
            ClientProfileId = delivery.ClientProfileId,
            Source = delivery.Source,
            DeliveryId = delivery.DeliveryId,
            PayloadHash = delivery.PayloadHash,
            Payload = delivery.Payload,
            ReceivedAt = delivery.ReceivedAt,
        };
        var events = eventsFor(row.Id);
        row.EventCount = events.Count;
        db.Deliveries.Add(row);
        foreach (var integrationEvent in events)
        {
            db.AddEvent(integrationEvent, clock);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new DeliveryOutcome(row.Id, false, events.Count);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var earlierId = await FindRepeatAsync(delivery, cancellationToken);
            return new DeliveryOutcome(earlierId ?? throw new InvalidOperationException("A delivery collided with a row that is gone.", ex), true, 0);
        }
    }

    private async Task<Guid?> FindRepeatAsync(IncomingDelivery delivery, CancellationToken cancellationToken)
    {
        var since = delivery.ReceivedAt - options.Value.DuplicateWindow;
        var candidates = db.Deliveries.IgnoreQueryFilters([TenantQueryFilters.Tenant]).AsNoTracking()
            .Where(d => d.TenantId == delivery.TenantId && d.Source == delivery.Source);
        candidates = delivery.DeliveryId is { } id
            ? candidates.Where(d => d.DeliveryId == id || (d.PayloadHash == delivery.PayloadHash && d.ReceivedAt >= since))
            : candidates.Where(d => d.PayloadHash == delivery.PayloadHash && d.ReceivedAt >= since);
        return await candidates.OrderBy(d => d.Seq).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static long LockKey(IncomingDelivery delivery)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes($"{delivery.TenantId:N}|{delivery.Source}|{delivery.PayloadHash}"));
        return BinaryPrimitives.ReadInt64LittleEndian(key);
    }
}
