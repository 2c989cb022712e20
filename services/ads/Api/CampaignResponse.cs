using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Api;

/// <summary>A campaign, its publication state and (for one campaign) its ad sets and ads.</summary>
public sealed record CampaignResponse(
    Guid Id,
    Guid ClientProfileId,
    string Name,
    string Objective,
    string Platform,
    string BudgetKind,
    long BudgetMinor,
    string Currency,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string Status,
    string? ExternalCampaignId,
    PublicationResponse Publication,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<AdSetResponse>? AdSets,
    Guid? JobAdId)
{
    public static CampaignResponse From(Campaign c, bool withChildren = false) => new(
        c.Id, c.ClientProfileId, c.Name, c.Objective, c.Platform, Names.Of(c.BudgetKind), c.BudgetMinor, c.Currency, c.StartsAt, c.EndsAt,
        Names.Of(c.Status), c.ExternalCampaignId,
        new PublicationResponse(c.PublishAttempts, c.FailedStep is { } step ? Names.Of(step) : null, c.PlatformErrorCode, c.LastError, c.Compensated),
        c.CreatedAt, c.UpdatedAt,
        withChildren ? c.AdSets.OrderBy(s => s.CreatedAt).Select(AdSetResponse.From).ToList() : null, c.JobAdId);
}
