namespace AdFlux.Insights.Tests.Webhooks;

/// <summary>One request the <see cref="WebhookReceiver"/> got, and the status it answered.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, string? ContentType, int AnsweredStatus);
