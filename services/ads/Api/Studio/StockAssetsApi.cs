using AdFlux.Ads.Creatives.Stock;
using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Requests;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// A Freepik image chosen for a request: its details (licence, author) and file come through the
/// Freepik client, then it is scored and stored like an upload, with its licence and credit kept beside it.
/// </summary>
public static class StockAssetsApi
{
    public static IEndpointRouteBuilder MapStockAssetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/ads/studio").WithTags("Studio").RequireAuthorization()
            .MapPost("/requests/{id:guid}/stock-assets", AddAsync).RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("AddStockAsset").WithSummary("Downloads a Freepik resource into a draft request as an asset, with its licence and attribution, scored for brand compliance like an upload");
        return app;
    }

    public static async Task<Results<Created<AssetResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, StockAssetBody body, FreepikClient freepik, IOptions<FreepikOptions> options, ComplianceClient compliance, [AsParameters] StudioRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.FreepikId is not > 0)
        {
            errors["freepikId"] = ["freepikId is required: the id of a Freepik resource from a stock search."];
        }
        var content = await request.Db.ContentRequests.FirstOrDefaultAsync(r => r.Id == id, request.CancellationToken);
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
        if (content.Status is not (RequestStatus.Draft or RequestStatus.Generating))
        {
            return StudioProblems.Conflict($"The request is {content.Status}; assets are attached while it is a draft (or generating).");
        }
        var brand = await request.Db.BrandProfiles.AsNoTracking().FirstOrDefaultAsync(b => b.ClientProfileId == content.ClientProfileId, request.CancellationToken);
        if (brand is null)
        {
            return StudioProblems.Conflict("The client profile has no brand profile to score against; create one at POST /api/ads/studio/brands.");
        }
        if (string.IsNullOrWhiteSpace(options.Value.ApiKey))
        {
            return TypedResults.Problem($"{FreepikOptions.Section}:{nameof(FreepikOptions.ApiKey)} is not set.", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "No Freepik API key is configured.", type: ProblemTypes.Unavailable);
        }
        StockResource resource;
        StockDownload download;
        byte[] bytes;
        try
        {
            resource = await freepik.GetResourceAsync(body.FreepikId!.Value, request.CancellationToken);
            download = await freepik.GetDownloadAsync(resource.Id, request.CancellationToken);
            bytes = await freepik.DownloadAsync(download, request.CancellationToken);
        }
        catch (FreepikException refused) when (refused.Status == StatusCodes.Status404NotFound)
        {
            return StudioProblems.Unprocessable("freepikId", $"Freepik has no resource {body.FreepikId}: {refused.FreepikMessage}");
        }
        catch (Exception error) when (error is FreepikException or HttpRequestException)
        {
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status502BadGateway,
                title: "The stock image could not be fetched from Freepik; nothing was stored.", type: ProblemTypes.Base + "stock-unavailable");
        }
        if (StudioImage.Read(bytes) is not { } image)
        {
            return StudioProblems.Unprocessable("freepikId", $"Freepik resource {resource.Id}'s file {download.Filename} is not a PNG, JPEG, WebP or GIF image (vectors and PSDs cannot be scored).");
        }
        var licence = resource.Licences.FirstOrDefault(l => l.Type == "premium") ?? resource.Licences.FirstOrDefault() ?? new StockLicence("unknown", "");
        var stock = new StockAttribution(resource.Id, resource.PageUrl, licence.Type, licence.Url, resource.Author.Id, resource.Author.Name,
            resource.RequiresAttribution, resource.Attribution);
        var fileName = string.IsNullOrWhiteSpace(download.Filename) ? $"freepik-{resource.Id}.jpg" : download.Filename;
        var (asset, problem) = await AssetIntake.StoreAsync(
            new AssetIntake.Incoming(content, brand, bytes, image, fileName.Length > 255 ? fileName[..255] : fileName, body.Platform, StudioAsset.Freepik, stock),
            compliance, request);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Created($"/api/ads/studio/assets/{asset!.Id}/content", AssetResponse.From(asset));
    }
}
