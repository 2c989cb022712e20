namespace AdFlux.Insights.Api;

/// <summary>An endpoint to create or replace: where to send, which events (<c>GET /api/insights/webhooks/event-types</c>), and whether it is on (default true).</summary>
public sealed record WebhookEndpointRequest(string? Url, IReadOnlyList<string>? EventTypes, bool? Enabled, string? Description);
