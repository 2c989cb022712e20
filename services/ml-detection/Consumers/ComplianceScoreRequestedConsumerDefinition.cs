using MassTransit;

namespace AdFlux.MlDetection.Consumers;

/// <summary>One request at a time: inference is CPU-bound and the cores are shared with the API.</summary>
public sealed class ComplianceScoreRequestedConsumerDefinition : ConsumerDefinition<ComplianceScoreRequestedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplianceScoreRequestedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.ConcurrentMessageLimit = 1;
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = 2;
        }
    }
}
