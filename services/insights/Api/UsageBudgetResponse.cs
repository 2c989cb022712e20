namespace AdFlux.Insights.Api;

/// <summary>
/// The tenant's monthly budget (<c>Configured</c> false and no amount when none is set) and this UTC
/// month's cost against it (in the budget's currency; USD when none is set); <c>Exhausted</c> when a hard
/// stop refuses provider calls now.
/// </summary>
public sealed record UsageBudgetResponse(
    bool Configured,
    decimal? Amount,
    string Currency,
    bool HardStop,
    string Month,
    decimal Spent,
    long SpentMinor,
    decimal? Percent,
    bool Exhausted,
    DateTimeOffset? UpdatedAt);
