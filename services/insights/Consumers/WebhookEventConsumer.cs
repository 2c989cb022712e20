using AdFlux.Contracts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>
/// An event a tenant may subscribe webhooks to (<see cref="WebhookEventTypes"/>) becomes one
/// delivery per matching endpoint, committed with the inbox row; the worker sends them.
/// </summary>
public abstract class WebhookEventConsumer<TEvent>(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : IdempotentConsumer<TEvent, InsightsDbContext>(db, clock)
    where TEvent : class, IIntegrationEvent
{
    protected override Task HandleAsync(ConsumeContext<TEvent> context) => enqueuer.EnqueueAsync(context.Message, context.CancellationToken);
}
