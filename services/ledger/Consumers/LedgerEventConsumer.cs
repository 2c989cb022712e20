using System.Text.Json;
using AdFlux.Contracts;
using AdFlux.Ledger.Chain;
using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ledger.Consumers;

/// <summary>
/// Records one integration event type, closed over every contract in
/// <see cref="IntegrationEventCatalog"/>. Messages arrive in batches (one transaction, one
/// lock and tail read per tenant, one multi-row insert) because the ledger sees every event of
/// the platform; the inbox is written in the same transaction, so a redelivered event is skipped.
/// </summary>
public sealed class LedgerEventConsumer<TEvent>(LedgerDbContext db, TimeProvider clock, LedgerAppender appender) : IConsumer<Batch<TEvent>>
    where TEvent : class, IIntegrationEvent
{
    public const string InboxName = "AdFlux.Ledger.Consumers.LedgerEventConsumer";

    public async Task Consume(ConsumeContext<Batch<TEvent>> context)
    {
        var cancellationToken = context.CancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fresh = await db.RecordAsync(context.Message.Select(m => m.Message.EventId), InboxName, clock.GetUtcNow(), cancellationToken);
        var incoming = context.Message
            .Where(m => fresh.Contains(m.Message.EventId))
            .DistinctBy(m => m.Message.EventId)
            .Select(ToIncoming)
            .ToList();
        await appender.AppendAsync(incoming, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static IncomingEvent ToIncoming(ConsumeContext<TEvent> context) => new(
        context.Message.TenantId,
        context.Message.EventId,
        typeof(TEvent).FullName!,
        context.Headers.Get<string>(AdFluxHeaders.SourceService) ?? SourceServices.FromContractNamespace(typeof(TEvent)),
        context.CorrelationId,
        context.InitiatorId,
        context.Message.OccurredAt,
        JsonSerializer.Serialize(context.Message, OutboxMessageTypes.Json));
}
