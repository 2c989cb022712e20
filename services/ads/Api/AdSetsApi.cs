using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>Ad sets (ad groups) of draft campaigns and their targeting.</summary>
public static class AdSetsApi
{
    public static IEndpointRouteBuilder MapAdSetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads").WithTags("Ad sets").RequireAuthorization();
        group.MapPost("/campaigns/{campaignId:guid}/adsets", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateAdSet").WithSummary("Adds an ad set (Google: ad group) with its targeting to a draft campaign");
        group.MapGet("/adsets/{id:guid}", GetAsync)
            .WithName("GetAdSet").WithSummary("One ad set with its ads");
        group.MapPut("/adsets/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Admin)
            .WithName("UpdateAdSet").WithSummary("Edits a draft campaign's ad set");
        group.MapDelete("/adsets/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Admin)
            .WithName("DeleteAdSet").WithSummary("Removes an ad set and its ads from a draft campaign");
        return app;
    }

    public static async Task<Results<Created<AdSetResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid campaignId, AdSetBody body, [AsParameters] AdsRequest request)
    {
        var campaign = await request.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, request.CancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        var errors = AdsValidation.AdSet(body);
        JobAdsApi.CheckEmploymentTargeting(campaign, body, errors);
        var audience = await AudienceAsync(request, campaign, body, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!campaign.IsDraft)
        {
            return AdsProblems.Conflict($"The campaign is {Names.Of(campaign.Status)}; ad sets are added to drafts only.");
        }
        var adSet = new AdSet
        {
            Id = Guid.CreateVersion7(),
            TenantId = campaign.TenantId,
            ClientProfileId = campaign.ClientProfileId,
            CampaignId = campaign.Id,
            Name = body.Name!.Trim(),
            CreatedAt = request.Clock.GetUtcNow(),
        };
        Apply(adSet, body, audience);
        request.Db.AdSets.Add(adSet);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ads/adsets/{adSet.Id}", AdSetResponse.From(adSet));
    }

    public static async Task<Results<Ok<AdSetResponse>, NotFound>> GetAsync(Guid id, [AsParameters] AdsRequest request)
    {
        var adSet = await request.Db.AdSets.Include(s => s.Ads).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        return adSet is null ? TypedResults.NotFound() : TypedResults.Ok(AdSetResponse.From(adSet));
    }

    public static async Task<Results<Ok<AdSetResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, AdSetBody body, [AsParameters] AdsRequest request)
    {
        var adSet = await request.Db.AdSets.Include(s => s.Ads).FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (adSet is null)
        {
            return TypedResults.NotFound();
        }
        var errors = AdsValidation.AdSet(body);
        var campaign = await request.Db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == adSet.CampaignId, request.CancellationToken);
        JobAdsApi.CheckEmploymentTargeting(campaign, body, errors);
        var audience = await AudienceAsync(request, campaign, body, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await DraftConflictAsync(request, adSet.CampaignId) is { } conflict)
        {
            return conflict;
        }
        adSet.Name = body.Name!.Trim();
        Apply(adSet, body, audience);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(AdSetResponse.From(adSet));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid id, [AsParameters] AdsRequest request)
    {
        var adSet = await request.Db.AdSets.FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (adSet is null)
        {
            return TypedResults.NotFound();
        }
        if (await DraftConflictAsync(request, adSet.CampaignId) is { } conflict)
        {
            return conflict;
        }
        request.Db.AdSets.Remove(adSet);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A 409 when the ad set's campaign is no longer a draft (what is on a platform is changed through the campaign).</summary>
    public static async Task<ProblemHttpResult?> DraftConflictAsync(AdsRequest request, Guid campaignId)
    {
        var status = await request.Db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Status).FirstAsync(request.CancellationToken);
        return status is CampaignStatus.Draft or CampaignStatus.Failed
            ? null
            : AdsProblems.Conflict($"The campaign is {Names.Of(status)}; its ad sets and ads change only while it is a draft.");
    }

    /// <summary>The Meta custom audience id of the segment the body targets, or null; a segment that cannot be targeted is an error on audienceSegmentId.</summary>
    private static async Task<string?> AudienceAsync(AdsRequest request, Campaign campaign, AdSetBody body, Dictionary<string, string[]> errors)
    {
        if (body.AudienceSegmentId is not { } segmentId)
        {
            return null;
        }
        var segment = await request.Db.CandidateSegments.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == segmentId && s.ClientProfileId == campaign.ClientProfileId, request.CancellationToken);
        if (segment is null)
        {
            errors["audienceSegmentId"] = ["No such candidate segment of the campaign's client profile."];
        }
        else if (campaign.Platform != AdPlatforms.Meta)
        {
            errors["audienceSegmentId"] = [$"Segments become custom audiences on Meta only; this campaign runs on {campaign.Platform}."];
        }
        else if (segment.AudienceStatus != Candidates.AudienceStatuses.Uploaded)
        {
            errors["audienceSegmentId"] = [$"The segment is not a Meta custom audience yet: upload it first (POST /api/ads/candidates/segments/{segmentId}/audience)."];
        }
        return segment?.MetaAudienceId;
    }

    private static void Apply(AdSet adSet, AdSetBody body, string? customAudienceId)
    {
        adSet.AudienceSegmentId = customAudienceId is null ? null : body.AudienceSegmentId;
        adSet.CustomAudienceId = customAudienceId;
        adSet.Locations = [.. body.Locations!.Distinct()];
        adSet.AgeMin = body.AgeMin ?? 18;
        adSet.AgeMax = body.AgeMax ?? 65;
        adSet.Interests = [.. (body.Interests ?? []).Select(i => i.Trim()).Distinct()];
    }
}
