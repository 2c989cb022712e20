namespace AdFlux.ServiceDefaults.Usage;

/// <summary>A tenant's exhausted usage budget: provider calls are refused until <see cref="Until"/> (the next month) or until it is lifted.</summary>
public sealed record UsageHardStop(Guid TenantId, string Month, decimal Budget, string Currency, DateTimeOffset Until);
