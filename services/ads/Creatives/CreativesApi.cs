using System.IO.Compression;
using System.Text.Json;
using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Creatives.Stock;
using AdFlux.Ads.Creatives.Variants;
using AdFlux.ServiceDefaults.AI;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ads.Creatives;

/// <summary>The creative studio's stateless tools: AI copy per platform and image variants per format. Admins only: they spend provider tokens and CPU.</summary>
public static class CreativesApi
{
    public static IEndpointRouteBuilder MapCreativesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/creatives").WithTags("Creatives").RequireAuthorization(Policies.Admin);
        group.MapPost("/copy", CopyAsync)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("GenerateCopy").WithSummary("Writes headline, primary text and call to action per platform within its limits, avoiding banned words; says which provider answered and what it cost");
        group.MapGet("/stock", StockAsync)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .WithName("SearchStock").WithSummary("Searches Freepik's stock images (term, page, limit, orientation, contentType, licence) with each result's licence, author and attribution; add one to a request at POST /api/ads/studio/requests/{id}/stock-assets");
        group.MapPost("/variants", VariantsAsync)
            .Accepts<VariantsForm>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/zip")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("RenderVariants").WithSummary("Renders an image into 1080x1920, 1080x1080 and 1080x1350 with a crop that keeps the given regions; a zip of JPEGs and variants.json");
        return app;
    }

    public static async Task<Results<Ok<CopyResult>, ValidationProblem, ProblemHttpResult>> CopyAsync(
        CopyBody body, CopyGenerator generator, CancellationToken cancellationToken)
    {
        var errors = CreativesValidation.Copy(body);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        try
        {
            return TypedResults.Ok(await generator.GenerateAsync(CreativesValidation.Brief(body), cancellationToken));
        }
        catch (ChatProviderException failed)
        {
            return CopyProblems.From(failed);
        }
    }

    public static async Task<Results<Ok<StockPage>, ValidationProblem, ProblemHttpResult>> StockAsync(
        string? term, int? page, int? limit, string? orientation, string? contentType, string? licence, FreepikClient freepik, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(term) || term.Length > 200)
        {
            errors["term"] = ["term is required: 1 to 200 characters."];
        }
        if (page is < 1 or > 100)
        {
            errors["page"] = ["page must be between 1 and 100."];
        }
        if (limit is < 1 or > 100)
        {
            errors["limit"] = ["limit must be between 1 and 100."];
        }
        var orientations = Choice(errors, "orientation", orientation, ["landscape", "portrait", "square", "panoramic"]);
        var types = Choice(errors, "contentType", contentType, ["photo", "psd", "vector"]);
        var licences = Choice(errors, "licence", licence, ["freemium", "premium"]);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        try
        {
            return TypedResults.Ok(await freepik.SearchAsync(new StockSearch(term!.Trim(), page ?? 1, limit ?? 20, orientations, types, licences), cancellationToken));
        }
        catch (Exception error) when (error is FreepikException or HttpRequestException or InvalidOperationException)
        {
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status502BadGateway, title: "Freepik could not be searched.", type: ProblemTypes.Base + "stock-unavailable");
        }
    }

    private static IReadOnlyList<string>? Choice(Dictionary<string, string[]> errors, string field, string? value, string[] known)
    {
        if (value is null)
        {
            return null;
        }
        if (!known.Contains(value))
        {
            errors[field] = [$"Unknown {field} '{value}'; use one of {string.Join(", ", known)}."];
            return null;
        }
        return [value];
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> VariantsAsync(
        HttpRequest request, ImageVariantRenderer renderer, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!request.HasFormContentType)
        {
            errors["image"] = ["Send multipart/form-data with an image file field 'image'."];
            return TypedResults.ValidationProblem(errors);
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException malformed)
        {
            errors["image"] = [$"The multipart body cannot be read: {malformed.Message}"];
            return TypedResults.ValidationProblem(errors);
        }
        var file = form.Files.GetFile("image");
        if (file is null)
        {
            errors["image"] = ["image is required: the source picture as a file field."];
        }
        var formats = CreativesValidation.Formats(form["formats"], errors);
        var regions = CreativesValidation.Regions(form["regions"], errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        using var bytes = new MemoryStream();
        await file!.CopyToAsync(bytes, cancellationToken);
        IReadOnlyList<RenderedVariant> variants;
        try
        {
            variants = renderer.Render(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), formats!, regions!);
        }
        catch (ImageRejectedException rejected)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rejected.Field] = [rejected.Message] })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The image cannot be rendered.",
                Type = ProblemTypes.Validation,
                Detail = rejected.Message,
            });
        }
        return TypedResults.File(Zip(variants), "application/zip", "variants.zip");
    }

    private static byte[] Zip(IReadOnlyList<RenderedVariant> variants)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var variant in variants)
            {
                // JPEGs are already compressed; storing them saves the CPU.
                using var entry = zip.CreateEntry(variant.Format.FileName, CompressionLevel.NoCompression).Open();
                entry.Write(variant.Jpeg);
            }
            var manifest = variants.Select(v => new VariantManifest(v.Format.FileName, v.Format.Name, v.Format.Width, v.Format.Height, v.Crop, v.ScaleFactor, v.Upscaled,
                v.Upscaled ? $"The source was enlarged {v.ScaleFactor:0.##}x for {v.Format.Name}: it will look soft; use a larger source." : null));
            using var json = zip.CreateEntry("variants.json").Open();
            JsonSerializer.Serialize(json, manifest, JsonSerializerOptions.Web);
        }
        return buffer.ToArray();
    }
}
