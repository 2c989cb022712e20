namespace AdFlux.Insights.Api;

/// <summary>One provider operation's calls on one UTC day; <c>Cost</c> in major units, <c>CostMinor</c> rounded to minor units of <c>Currency</c>.</summary>
public sealed record UsageDayResponse(
    DateOnly Day,
    string Provider,
    string Operation,
    long Calls,
    long Failures,
    double AverageLatencyMs,
    int MaxLatencyMs,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    long CostMinor,
    string? Currency,
    long UnpricedCalls);
