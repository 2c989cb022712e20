using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Alerts;

/// <summary>A consumer whose whole effect is one alert made from another service's event, raised once (<see cref="AlertRaiser"/>).</summary>
public abstract class AlertingConsumer<TMessage>(InsightsDbContext db, TimeProvider clock, AlertRaiser alerts)
    : IdempotentConsumer<TMessage, InsightsDbContext>(db, clock)
    where TMessage : class
{
    protected abstract Alert AlertOf(TMessage message);

    protected override Task HandleAsync(ConsumeContext<TMessage> context) => alerts.RaiseAsync(AlertOf(context.Message), context.CancellationToken);
}
