using AdFlux.Ads.Creatives.Variants;
using AdFlux.Ads.Studio.Variants;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// A stored asset rendered into the platform formats with a crop that keeps the faces and objects
/// ml-detection finds in it, stored as the asset's variants (rendering again replaces them).
/// </summary>
public static class AssetVariantsApi
{
    public static IEndpointRouteBuilder MapAssetVariantsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/studio/assets").WithTags("Studio").RequireAuthorization();
        group.MapPost("/{id:guid}/variants", RenderAsync).RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("RenderAssetVariants").WithSummary("Renders an asset into 1080x1920, 1080x1080 and 1080x1350 around the faces and objects ml-detection finds (saliency when it cannot answer, said in the response) and stores them");
        group.MapGet("/{id:guid}/variants", ListAsync)
            .WithName("ListAssetVariants").WithSummary("An asset's stored variants with their crops");
        group.MapGet("/{id:guid}/variants/{format}/content", ContentAsync)
            .WithName("GetAssetVariantContent").WithSummary("A stored variant's JPEG");
        return app;
    }

    public static async Task<Results<Ok<AssetVariantsResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RenderAsync(
        Guid id, AssetVariantsBody? body, RegionsClient regionsClient, ImageVariantRenderer renderer, [AsParameters] StudioRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var formats = new List<VariantFormat>();
        for (var i = 0; i < (body?.Formats?.Count ?? 0); i++)
        {
            if (VariantFormat.Parse(body!.Formats![i] ?? "") is not { } format)
            {
                errors[$"formats[{i}]"] = [$"Unknown format '{body.Formats[i]}'; use {string.Join(", ", VariantFormat.All.Select(f => $"{f.Name} ({f.Width}x{f.Height})"))}."];
            }
            else if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var asset = await request.Db.StudioAssets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, request.CancellationToken);
        if (asset is null)
        {
            return TypedResults.NotFound();
        }
        var wanted = formats.Count > 0 ? formats : VariantFormat.All;
        var lookup = await regionsClient.FindAsync(asset.Content, request.CancellationToken);
        IReadOnlyList<RenderedVariant> rendered;
        try
        {
            rendered = renderer.Render(asset.Content, wanted, lookup.Regions, "asset");
        }
        catch (ImageRejectedException rejected)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rejected.Field] = [rejected.Message] })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The asset cannot be rendered.",
                Type = ProblemTypes.Validation,
                Detail = rejected.Message,
            });
        }
        var names = wanted.Select(f => f.Name).ToList();
        var existing = await request.Db.StudioAssetVariants.Where(v => v.AssetId == id && names.Contains(v.Format)).ToListAsync(request.CancellationToken);
        var now = request.Clock.GetUtcNow();
        var stored = new List<StudioAssetVariant>();
        foreach (var variant in rendered)
        {
            var row = existing.FirstOrDefault(v => v.Format == variant.Format.Name);
            if (row is null)
            {
                row = new StudioAssetVariant
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = asset.TenantId,
                    ClientProfileId = asset.ClientProfileId,
                    AssetId = asset.Id,
                    Format = variant.Format.Name,
                    CropStrategy = variant.Crop.Strategy,
                    Content = variant.Jpeg,
                };
                request.Db.StudioAssetVariants.Add(row);
            }
            row.Width = variant.Format.Width;
            row.Height = variant.Format.Height;
            (row.CropX, row.CropY, row.CropWidth, row.CropHeight) = (variant.Crop.X, variant.Crop.Y, variant.Crop.Width, variant.Crop.Height);
            row.CropStrategy = variant.Crop.Strategy;
            row.RegionsInside = variant.Crop.RegionsInside;
            row.ScaleFactor = variant.ScaleFactor;
            row.Upscaled = variant.Upscaled;
            row.RegionsAvailable = lookup.Available;
            row.RegionCount = lookup.Regions.Count;
            row.Content = variant.Jpeg;
            row.CreatedAt = now;
            stored.Add(row);
        }
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(new AssetVariantsResponse(asset.Id, lookup.Available, lookup.Note, lookup.Regions, stored.Select(AssetVariantResponse.From).ToList()));
    }

    public static async Task<Results<Ok<IReadOnlyList<AssetVariantResponse>>, NotFound>> ListAsync(Guid id, [AsParameters] StudioRequest request)
    {
        if (!await request.Db.StudioAssets.AnyAsync(a => a.Id == id, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        var rows = await request.Db.StudioAssetVariants.AsNoTracking().Where(v => v.AssetId == id).OrderBy(v => v.Format).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<AssetVariantResponse>>(rows.Select(AssetVariantResponse.From).ToList());
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> ContentAsync(Guid id, string format, [AsParameters] StudioRequest request) =>
        await request.Db.StudioAssetVariants.AsNoTracking().Where(v => v.AssetId == id && v.Format == format).Select(v => v.Content)
            .FirstOrDefaultAsync(request.CancellationToken) is { } jpeg
            ? TypedResults.File(jpeg, "image/jpeg", $"{format}.jpg")
            : TypedResults.NotFound();
}
