using AdFlux.Contracts;
using AdFlux.ServiceDefaults.Tenancy;
using MassTransit;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// Runs in the consumer's scope before the consumer: an integration event's <c>TenantId</c>
/// becomes the scope's <see cref="MessageTenant"/>, so <c>ITenantContext</c> and with it the
/// EF tenant query filter see the message's tenant. Batches span tenants and set nothing;
/// their consumers say which tenant each row belongs to.
/// </summary>
public sealed class MessageTenantFilter<TMessage>(MessageTenant tenant) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        if (context.Message is IIntegrationEvent { TenantId: var tenantId } && tenantId != Guid.Empty)
        {
            tenant.Set(tenantId);
        }
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("messageTenant");
}
