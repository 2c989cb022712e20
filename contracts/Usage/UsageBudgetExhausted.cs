namespace AdFlux.Contracts.Usage;

/// <summary>A tenant's external-call cost reached its monthly budget, which is set to stop further calls: services refuse provider calls for the tenant until <paramref name="Until"/> or a <see cref="UsageBudgetRestored"/>.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant whose calls stop.</param>
/// <param name="OccurredAt">When the budget was found exhausted.</param>
/// <param name="Month">The budget's month (UTC), <c>yyyy-MM</c>.</param>
/// <param name="Budget">The monthly budget, in major units of <paramref name="Currency"/>.</param>
/// <param name="Spent">The month's cost so far, in major units of <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Until">The first instant of the next month, when the stop lapses by itself.</param>
public sealed record UsageBudgetExhausted(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    string Month,
    decimal Budget,
    decimal Spent,
    string Currency,
    DateTimeOffset Until) : IIntegrationEvent;
