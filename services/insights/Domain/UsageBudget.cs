using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>A tenant's monthly budget for external calls (table <c>usage_budgets</c>): alerts at 80 and 100 %, and with <see cref="HardStop"/> no further calls past 100 %.</summary>
public sealed class UsageBudget : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>Per UTC calendar month, in major units of <see cref="Currency"/>.</summary>
    public decimal Amount { get; set; }

    public required string Currency { get; set; }

    public bool HardStop { get; set; }

    /// <summary>The month (<c>yyyy-MM</c>) whose exhaustion was announced (<c>UsageBudgetExhausted</c>) and not yet lifted.</summary>
    public string? ExhaustedMonth { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
