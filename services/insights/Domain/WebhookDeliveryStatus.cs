namespace AdFlux.Insights.Domain;

/// <summary>Where a <see cref="WebhookDelivery"/> stands.</summary>
public static class WebhookDeliveryStatus
{
    /// <summary>Queued or waiting for its next retry.</summary>
    public const string Pending = "pending";

    /// <summary>The endpoint answered 2xx.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Every retry failed, or the endpoint was disabled first; a replay queues it again.</summary>
    public const string Failed = "failed";
}
