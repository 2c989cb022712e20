using System.Reflection;
using MassTransit;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// How soon a receive endpoint reconnects after the broker comes back. MassTransit 8.5's
/// RabbitMQ host retries a lost receive transport with an exponential delay (3 s growing to
/// 30 s) whose retry context is never reset once the transport runs again, so after a few broker
/// restarts in a process's life every reconnect waits about 30 s: the recovery benchmark
/// measured consumers attaching up to 35 s after a restart. This keeps MassTransit's own choice
/// of which failures are retried and retries them at a steady interval. The host configuration
/// keeps the policy in a private field; <see cref="Apply"/> fails loudly if a MassTransit upgrade
/// moves it (a test calls it), rather than silently keeping the slow policy.
/// </summary>
public static class ReceiveTransportRetry
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Installs the steady policy on the bus being configured and returns it.</summary>
    public static IRetryPolicy Apply(IRabbitMqBusFactoryConfigurator rabbit)
    {
        var host = Field(rabbit, "_hostConfiguration").GetValue(rabbit)
            ?? throw new InvalidOperationException("MassTransit's RabbitMQ configurator has no host configuration.");
        var policyField = Field(host, "<ReceiveTransportRetryPolicy>k__BackingField");
        var original = (IRetryPolicy)policyField.GetValue(host)!;
        var steady = Retry.CreatePolicy(retry =>
        {
            retry.Handle<Exception>(original.IsHandled);
            // The same attempt budget as MassTransit's policy; when spent, the agent starts a new context.
            retry.Interval(1000, Interval);
        });
        policyField.SetValue(host, steady);
        return steady;
    }

    private static FieldInfo Field(object target, string name)
    {
        for (var type = target.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic) is { } field)
            {
                return field;
            }
        }
        throw new InvalidOperationException($"MassTransit changed: {target.GetType().Name} has no field {name}; review {nameof(ReceiveTransportRetry)}.");
    }
}
