using AdFlux.Contracts;
using AdFlux.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>
/// Base of every AdFlux consumer: opens a transaction, records the message in the inbox
/// (an event by its <c>EventId</c>, anything else by its transport message id), runs
/// <see cref="HandleAsync"/> and commits its changes, inbox row and any events it added
/// with <c>AddEvent</c> together. A repeat finds the inbox row and is acknowledged without
/// effect; a concurrent repeat waits on that row's lock and then sees it. Exceptions roll
/// everything back and go to MassTransit's retry and error queue; nothing is caught here.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    protected TimeProvider Clock => clock;

    /// <summary>Name the inbox records this consumer under; one event may be handled once per consumer.</summary>
    protected virtual string ConsumerName => GetType().IsGenericType ? GetType().GetGenericTypeDefinition().FullName! : GetType().FullName!;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.Message is IIntegrationEvent integrationEvent
            ? integrationEvent.EventId
            : context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id");
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fresh = await db.RecordAsync([messageId], ConsumerName, clock.GetUtcNow(), cancellationToken);
        if (fresh.Count == 0)
        {
            return;
        }

        var flow = new MessageFlow(context.CorrelationId ?? messageId, messageId);
        using (MessageFlow.Begin(flow))
        {
            await HandleAsync(context);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The consumer's effects, written through <see cref="Db"/>; saved and committed by the base.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context);
}
