using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>An endpoint without its secret; <see cref="DisabledReason"/> says why it was turned off automatically.</summary>
public sealed record WebhookEndpointResponse(
    Guid Id,
    string Url,
    string? Description,
    IReadOnlyList<string> EventTypes,
    bool Enabled,
    DateTimeOffset? FailingSince,
    DateTimeOffset? DisabledAt,
    string? DisabledReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static WebhookEndpointResponse From(WebhookEndpoint e) =>
        new(e.Id, e.Url, e.Description, e.EventTypes, e.Enabled, e.FailingSince, e.DisabledAt, e.DisabledReason, e.CreatedAt, e.UpdatedAt);
}
