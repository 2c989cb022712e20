namespace AdFlux.ServiceDefaults.Usage;

/// <summary>Tokens a response reported and their cost from the price table (null when unpriced).</summary>
public sealed record CallUsage(long InputTokens, long OutputTokens, decimal? Cost, string? Currency);
