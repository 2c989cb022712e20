namespace AdFlux.Insights.Webhooks;

/// <summary>What one attempt got: the endpoint's status (null when no answer came) or why it failed.</summary>
public sealed record WebhookSendResult(bool Succeeded, int? StatusCode, string? Error, TimeSpan Duration);
