namespace AdFlux.Ads.Api;

/// <summary>A new budget for a campaign, in minor units of its currency.</summary>
public sealed record BudgetBody(long? BudgetMinor);
