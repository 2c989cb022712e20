using AdFlux.Contracts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Webhooks;

/// <summary>
/// Queues one delivery of an event for each of the tenant's enabled endpoints that subscribed to
/// its type; the caller's <c>SaveChanges</c> commits them with its inbox row.
/// </summary>
public sealed class WebhookEnqueuer(InsightsDbContext db, TimeProvider clock, WebhookSignal signal)
{
    public async Task<int> EnqueueAsync<TEvent>(TEvent message, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        var type = typeof(TEvent).Name;
        var endpoints = await db.WebhookEndpoints
            .Where(e => e.Enabled && e.EventTypes.Contains(type))
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        if (endpoints.Count == 0)
        {
            return 0;
        }
        var payload = WebhookPayload.Of(message);
        var now = clock.GetUtcNow();
        foreach (var endpoint in endpoints)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                Id = Guid.CreateVersion7(),
                TenantId = message.TenantId,
                EndpointId = endpoint,
                EventId = message.EventId,
                EventType = type,
                Payload = payload,
                Status = WebhookDeliveryStatus.Pending,
                NextRunAt = now,
                CreatedAt = now,
            });
        }
        // The consumer commits right after this save; a wake-up that comes first finds nothing yet and the poll picks it up.
        db.SavedChanges += (_, _) => signal.Notify();
        return endpoints.Count;
    }
}
