using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// Unhealthy while a queue this process consumes has no consumer on the broker, or the broker
/// could not be asked: MassTransit's own bus check can report an endpoint ready whose consumer
/// the broker no longer has, which is how a consumer stayed away unnoticed.
/// </summary>
public sealed class ConsumerHealthCheck(ConsumedQueues queues, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = queues.States
            .Where(pair => pair.Value != QueueConsumers.Unchecked && !pair.Value.Attached)
            .Select(pair => Describe(pair.Key, pair.Value))
            .Order()
            .ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy($"{queues.States.Count} queue(s) consumed")
            : HealthCheckResult.Unhealthy($"not consuming: {string.Join(", ", missing)}"));
    }

    private string Describe(string queue, QueueConsumers state)
    {
        var since = state.MissingSince is { } missingSince ? $" for {(clock.GetUtcNow() - missingSince).TotalSeconds:F0} s" : "";
        return state.Error is { } error ? $"{queue} (not checked{since}: {error})" : $"{queue} (no consumer{since})";
    }
}
