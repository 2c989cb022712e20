namespace AdFlux.Insights.Webhooks;

/// <summary>A webhook's host resolves only to addresses it must not reach (<see cref="PrivateAddresses"/>).</summary>
public sealed class WebhookTargetRefusedException(string message) : Exception(message);
