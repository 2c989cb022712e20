using System.Globalization;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>A provider call refused because the tenant's monthly usage budget is exhausted and set to stop calls: 429 on API paths, a failure not worth retrying in workers.</summary>
public sealed class UsageBudgetExhaustedException(Guid tenantId, string provider, UsageHardStop stop) : Exception(string.Create(CultureInfo.InvariantCulture,
    $"The monthly API usage budget of {stop.Budget:0.##} {stop.Currency} for {stop.Month} is exhausted and set to stop further calls: the {provider} call was not made. Raise the budget (PUT /api/insights/usage/budget) or wait until {stop.Until:yyyy-MM-dd}."))
{
    public Guid TenantId { get; } = tenantId;

    public string Provider { get; } = provider;

    public UsageHardStop Stop { get; } = stop;
}
