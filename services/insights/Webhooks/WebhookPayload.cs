using System.Text.Json;
using AdFlux.Contracts;

namespace AdFlux.Insights.Webhooks;

/// <summary>
/// The body a receiver gets, in the Standard Webhooks shape <c>{type, timestamp, data}</c>: the
/// event's contract name, when it happened, and the event itself in camelCase JSON.
/// </summary>
public static class WebhookPayload
{
    public static string Of<TEvent>(TEvent message)
        where TEvent : IIntegrationEvent =>
        JsonSerializer.Serialize(new { type = typeof(TEvent).Name, timestamp = message.OccurredAt, data = message }, JsonSerializerOptions.Web);
}
