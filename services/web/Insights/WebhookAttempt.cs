namespace AdFlux.Web.Insights;

/// <summary>One send of a delivery: the endpoint's status code, or null when it did not answer.</summary>
public sealed record WebhookAttempt(DateTimeOffset AttemptedAt, int? StatusCode, bool Succeeded, string? Error, bool Replay);
