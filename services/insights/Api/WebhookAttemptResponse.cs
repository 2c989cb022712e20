using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>One send of a delivery: the endpoint's status code (null when it did not answer) or the error.</summary>
public sealed record WebhookAttemptResponse(DateTimeOffset AttemptedAt, int? StatusCode, bool Succeeded, string? Error, int DurationMs, bool Replay)
{
    public static WebhookAttemptResponse From(WebhookAttempt a) => new(a.AttemptedAt, a.StatusCode, a.Succeeded, a.Error, a.DurationMs, a.Replay);
}
