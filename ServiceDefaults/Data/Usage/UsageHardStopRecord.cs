using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// A tenant's hard stop as a service that calls providers holds it (table <c>usage_hard_stops</c>), from
/// insights' <c>UsageBudgetExhausted</c> and <c>UsageBudgetRestored</c>: in force while <see cref="Until"/>
/// is ahead; a restore moves <see cref="Until"/> to its own time. <see cref="UpdatedAt"/> is the time of the
/// event applied last, so an older event arriving late changes nothing.
/// </summary>
public sealed class UsageHardStopRecord : ITenantOwned
{
    public Guid TenantId { get; set; }

    public required string Month { get; set; }

    public decimal Budget { get; set; }

    public required string Currency { get; set; }

    public DateTimeOffset Until { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public UsageHardStop ToStop() => new(TenantId, Month, Budget, Currency, Until);
}
