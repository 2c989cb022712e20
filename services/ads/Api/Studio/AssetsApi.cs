using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Requests;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// Images attached to a request, each scored by ml-detection against the client profile's brand
/// before it is stored: an image that is not one, or that cannot be scored, leaves nothing behind.
/// </summary>
public static class AssetsApi
{
    public static IEndpointRouteBuilder MapStudioAssetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads").WithTags("Studio").RequireAuthorization();
        group.MapPost("/studio/requests/{id:guid}/assets", UploadAsync).RequireAuthorization(Policies.Admin)
            .WithName("UploadStudioAsset").WithSummary("Attaches an image to a draft request, scored for brand compliance (colour, logo, typography, layout) by ml-detection");
        group.MapGet("/studio/assets/{id:guid}/content", ContentAsync)
            .WithName("GetStudioAssetContent").WithSummary("An asset's image bytes");
        group.MapGet("/campaigns/{id:guid}/creatives", CreativesAsync)
            .WithName("ListApprovedCreatives").WithSummary("The assets of a campaign's approved (or published) content requests, ready for its ads");
        return app;
    }

    public static async Task<Results<Created<AssetResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid id, AssetBody body, ComplianceClient compliance, [AsParameters] StudioRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        StudioValidation.Text(errors, "fileName", body.FileName, 255, required: true);
        var bytes = StudioValidation.Base64(errors, "image", body.Image);
        var content = await request.Db.ContentRequests.Include(r => r.Assets).FirstOrDefaultAsync(r => r.Id == id, request.CancellationToken);
        if (content is null)
        {
            return TypedResults.NotFound();
        }
        if (body.Platform is { } platform && !content.Platforms.Contains(platform))
        {
            errors["platform"] = [$"platform must be one of the request's platforms: {string.Join(", ", content.Platforms)}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (StudioImage.Read(bytes!) is not { } image)
        {
            return StudioProblems.Unprocessable("image", "image is not a PNG, JPEG, WebP or GIF image SkiaSharp can decode.");
        }
        if (content.Status is not (RequestStatus.Draft or RequestStatus.Generating))
        {
            return StudioProblems.Conflict($"The request is {content.Status}; assets are attached while it is a draft (or generating).");
        }
        var brand = await request.Db.BrandProfiles.AsNoTracking().FirstOrDefaultAsync(b => b.ClientProfileId == content.ClientProfileId, request.CancellationToken);
        if (brand is null)
        {
            return StudioProblems.Conflict("The client profile has no brand profile to score against; create one at POST /api/ads/studio/brands.");
        }
        var (asset, problem) = await AssetIntake.StoreAsync(new AssetIntake.Incoming(content, brand, bytes!, image, body.FileName!.Trim(), body.Platform),
            compliance, request);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Created($"/api/ads/studio/assets/{asset!.Id}/content", AssetResponse.From(asset));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> ContentAsync(Guid id, [AsParameters] StudioRequest request) =>
        await request.Db.StudioAssets.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Content, a.ContentType, a.FileName })
            .FirstOrDefaultAsync(request.CancellationToken) is { } asset
            ? TypedResults.File(asset.Content, asset.ContentType, asset.FileName)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<AssetResponse>>, NotFound>> CreativesAsync(Guid id, [AsParameters] StudioRequest request)
    {
        if (!await request.Db.Campaigns.AnyAsync(c => c.Id == id, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        var assets = await request.Db.ContentRequests.AsNoTracking()
            .Where(r => r.CampaignId == id && (r.Status == RequestStatus.Approved || r.Status == RequestStatus.Published))
            .SelectMany(r => r.Assets).OrderBy(a => a.CreatedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<AssetResponse>>(assets.Select(AssetResponse.From).ToList());
    }
}
