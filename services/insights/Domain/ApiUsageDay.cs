using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// A tenant's external calls to one provider operation on one UTC day (table <c>api_usage_days</c>),
/// summed from every service's <c>ExternalApiCallsRecorded</c> as they arrive (seed 003 §5's
/// daily_usage_summaries, kept up to date instead of rebuilt nightly).
/// </summary>
public sealed class ApiUsageDay : ITenantOwned
{
    public Guid TenantId { get; set; }

    public DateOnly Day { get; set; }

    public required string Provider { get; set; }

    public required string Operation { get; set; }

    public long Calls { get; set; }

    /// <summary>Calls that got no 2xx answer (including those that got none at all).</summary>
    public long Failures { get; set; }

    public long LatencySumMs { get; set; }

    public int LatencyMaxMs { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    /// <summary>Cost in millionths of a unit of <see cref="Currency"/>: a chat call costs fractions of a cent, and rounding each to cents would sum to nothing.</summary>
    public long CostMicros { get; set; }

    /// <summary>The price table's currency, null while no call of the row was priced.</summary>
    public string? Currency { get; set; }

    /// <summary>Calls with no price (no price configured for the model, or a provider not priced per call).</summary>
    public long UnpricedCalls { get; set; }
}
