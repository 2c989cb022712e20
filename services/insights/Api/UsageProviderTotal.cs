namespace AdFlux.Insights.Api;

/// <summary>A provider's calls over the whole range, per currency its calls were priced in.</summary>
public sealed record UsageProviderTotal(
    string Provider,
    long Calls,
    long Failures,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    long CostMinor,
    string? Currency);
