namespace AdFlux.Insights.Api;

/// <summary>A tenant's monthly budget for external calls: an amount above zero in an ISO 4217 currency, and whether reaching it stops further calls.</summary>
public sealed record UsageBudgetRequest(decimal? Amount, string? Currency, bool? HardStop);
