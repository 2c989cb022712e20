namespace AdFlux.Web.Insights;

/// <summary>An outbound webhook endpoint as insights lists it (never with its secret).</summary>
public sealed record WebhookEndpoint(
    Guid Id, string Url, string? Description, IReadOnlyList<string> EventTypes, bool Enabled, DateTimeOffset? DisabledAt, string? DisabledReason);
