namespace AdFlux.Ads.Api;

/// <summary>A campaign draft: budget in minor units of an ISO 4217 currency; a lifetime budget needs an end; optionally the job it advertises.</summary>
public sealed record CampaignBody(
    Guid? ClientProfileId,
    string? Name,
    string? Objective,
    string? Platform,
    string? BudgetKind,
    long? BudgetMinor,
    string? Currency,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    Guid? JobAdId = null);
