using MassTransit;

namespace AdFlux.MlDetection.Consumers;

/// <summary>One frame batch at a time: inference is CPU-bound and the cores are shared with the API.</summary>
public sealed class FramesSampledConsumerDefinition : ConsumerDefinition<FramesSampledConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<FramesSampledConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.ConcurrentMessageLimit = 1;
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = 2;
        }
    }
}
