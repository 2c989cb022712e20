using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Api;

/// <summary>An ad account as the API shows it: never its credentials.</summary>
public sealed record AccountResponse(
    Guid Id,
    Guid ClientProfileId,
    string Platform,
    string AccountId,
    string? PageId,
    string? LoginCustomerId,
    DateTimeOffset UpdatedAt)
{
    public static AccountResponse From(AdAccount a) => new(a.Id, a.ClientProfileId, a.Platform, a.AccountId, a.PageId, a.LoginCustomerId, a.UpdatedAt);
}
