using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Api;

public sealed record AdResponse(
    Guid Id,
    Guid AdSetId,
    Guid CampaignId,
    string Name,
    string Headline,
    string PrimaryText,
    string CallToAction,
    string LinkUrl,
    string CreativeKind,
    string CreativeAssetId,
    string? ExternalCreativeId,
    string? ExternalAdId)
{
    public static AdResponse From(Ad a) => new(
        a.Id, a.AdSetId, a.CampaignId, a.Name, a.Headline, a.PrimaryText, a.CallToAction, a.LinkUrl, a.CreativeKind, a.CreativeAssetId,
        a.ExternalCreativeId, a.ExternalAdId);
}
