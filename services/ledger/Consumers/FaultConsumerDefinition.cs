using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Ledger.Consumers;

public sealed class FaultConsumerDefinition : ConsumerDefinition<FaultConsumer>
{
    public FaultConsumerDefinition() => EndpointName = DurableSubscriptions.LedgerFaults;
}
