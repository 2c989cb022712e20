using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Api;

public sealed record AdSetResponse(
    Guid Id,
    Guid CampaignId,
    string Name,
    IReadOnlyList<string> Locations,
    int AgeMin,
    int AgeMax,
    IReadOnlyList<string> Interests,
    string? ExternalId,
    IReadOnlyList<AdResponse> Ads,
    Guid? AudienceSegmentId,
    string? CustomAudienceId)
{
    public static AdSetResponse From(AdSet s) =>
        new(s.Id, s.CampaignId, s.Name, s.Locations, s.AgeMin, s.AgeMax, s.Interests, s.ExternalId, s.Ads.OrderBy(a => a.CreatedAt).Select(AdResponse.From).ToList(),
            s.AudienceSegmentId, s.CustomAudienceId);
}
