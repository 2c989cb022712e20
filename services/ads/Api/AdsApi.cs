using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>Ads of draft ad sets: copy (headline, primary text, call to action, link) and the creative they show.</summary>
public static class AdsApi
{
    public static IEndpointRouteBuilder MapAdsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads").WithTags("Ads").RequireAuthorization();
        group.MapPost("/adsets/{adSetId:guid}/ads", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateAd").WithSummary("Adds an ad (copy and creative) to a draft campaign's ad set");
        group.MapGet("/ads/{id:guid}", GetAsync)
            .WithName("GetAd").WithSummary("One ad");
        group.MapPut("/ads/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Admin)
            .WithName("UpdateAd").WithSummary("Edits a draft campaign's ad");
        group.MapDelete("/ads/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Admin)
            .WithName("DeleteAd").WithSummary("Removes an ad from a draft campaign");
        return app;
    }

    public static async Task<Results<Created<AdResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid adSetId, AdBody body, [AsParameters] AdsRequest request)
    {
        var adSet = await request.Db.AdSets.FirstOrDefaultAsync(s => s.Id == adSetId, request.CancellationToken);
        if (adSet is null)
        {
            return TypedResults.NotFound();
        }
        var platform = await request.Db.Campaigns.Where(c => c.Id == adSet.CampaignId).Select(c => c.Platform).FirstAsync(request.CancellationToken);
        var errors = AdsValidation.Ad(body, platform);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await AdSetsApi.DraftConflictAsync(request, adSet.CampaignId) is { } conflict)
        {
            return conflict;
        }
        var ad = new Ad
        {
            Id = Guid.CreateVersion7(),
            TenantId = adSet.TenantId,
            ClientProfileId = adSet.ClientProfileId,
            CampaignId = adSet.CampaignId,
            AdSetId = adSet.Id,
            Name = "",
            Headline = "",
            PrimaryText = "",
            CallToAction = "",
            LinkUrl = "",
            CreativeKind = "",
            CreativeAssetId = "",
            CreatedAt = request.Clock.GetUtcNow(),
        };
        Apply(ad, body);
        request.Db.Ads.Add(ad);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ads/ads/{ad.Id}", AdResponse.From(ad));
    }

    public static async Task<Results<Ok<AdResponse>, NotFound>> GetAsync(Guid id, [AsParameters] AdsRequest request)
    {
        var ad = await request.Db.Ads.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, request.CancellationToken);
        return ad is null ? TypedResults.NotFound() : TypedResults.Ok(AdResponse.From(ad));
    }

    public static async Task<Results<Ok<AdResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, AdBody body, [AsParameters] AdsRequest request)
    {
        var ad = await request.Db.Ads.FirstOrDefaultAsync(a => a.Id == id, request.CancellationToken);
        if (ad is null)
        {
            return TypedResults.NotFound();
        }
        var platform = await request.Db.Campaigns.Where(c => c.Id == ad.CampaignId).Select(c => c.Platform).FirstAsync(request.CancellationToken);
        var errors = AdsValidation.Ad(body, platform);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await AdSetsApi.DraftConflictAsync(request, ad.CampaignId) is { } conflict)
        {
            return conflict;
        }
        Apply(ad, body);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(AdResponse.From(ad));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid id, [AsParameters] AdsRequest request)
    {
        var ad = await request.Db.Ads.FirstOrDefaultAsync(a => a.Id == id, request.CancellationToken);
        if (ad is null)
        {
            return TypedResults.NotFound();
        }
        if (await AdSetsApi.DraftConflictAsync(request, ad.CampaignId) is { } conflict)
        {
            return conflict;
        }
        request.Db.Ads.Remove(ad);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.NoContent();
    }

    private static void Apply(Ad ad, AdBody body)
    {
        ad.Name = body.Name!.Trim();
        ad.Headline = body.Headline!.Trim();
        ad.PrimaryText = body.PrimaryText!.Trim();
        ad.CallToAction = body.CallToAction!;
        ad.LinkUrl = body.LinkUrl!;
        ad.CreativeKind = body.CreativeKind!;
        ad.CreativeAssetId = body.CreativeAssetId!.Trim();
    }
}
