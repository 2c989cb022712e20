using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.ServiceDefaults.Tests.ConsumerTenancy;

public sealed class TenantNote : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    public required string Text { get; init; }
}
