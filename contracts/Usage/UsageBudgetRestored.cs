namespace AdFlux.Contracts.Usage;

/// <summary>A tenant's exhausted usage budget was raised above the month's cost or its hard stop turned off: provider calls are allowed again.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant whose calls resume.</param>
/// <param name="OccurredAt">When the budget changed.</param>
/// <param name="Month">The budget's month (UTC), <c>yyyy-MM</c>.</param>
/// <param name="Budget">The monthly budget now, in major units of <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code.</param>
public sealed record UsageBudgetRestored(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    string Month,
    decimal Budget,
    string Currency) : IIntegrationEvent;
