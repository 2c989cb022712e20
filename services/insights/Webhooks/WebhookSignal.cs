using AdFlux.ServiceDefaults.Data.Work;

namespace AdFlux.Insights.Webhooks;

/// <summary>Wakes the <see cref="WebhookDeliveryWorker"/> when a delivery was queued or replayed in this process.</summary>
public sealed class WebhookSignal : WorkSignal;
