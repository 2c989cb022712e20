using System.Reflection;
using MassTransit;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>Adds the <see cref="DurableSubscriptions"/> queues to the publish topology of their message types.</summary>
internal static class PublishTopology
{
    private static readonly MethodInfo BindMethod =
        typeof(PublishTopology).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void BindDurableSubscriptions(this IRabbitMqBusFactoryConfigurator rabbit)
    {
        foreach (var subscription in DurableSubscriptions.All)
        {
            foreach (var messageType in subscription.MessageTypes)
            {
                BindMethod.MakeGenericMethod(messageType).Invoke(null, [rabbit, subscription.Queue]);
            }
        }
    }

    // Exchange and queue share the name, as MassTransit's receive endpoints do, so the
    // consumer's own declaration later finds exactly these and adds nothing.
    private static void Bind<T>(IRabbitMqBusFactoryConfigurator rabbit, string queue)
        where T : class =>
        rabbit.Publish<T>(topology => topology.BindQueue(queue, queue));
}
