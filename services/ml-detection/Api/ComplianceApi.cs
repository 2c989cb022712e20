using System.Diagnostics;
using AdFlux.MlDetection.Compliance;
using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Images;
using AdFlux.MlDetection.Imaging;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using SkiaSharp;

namespace AdFlux.MlDetection.Api;

/// <summary>Brand-compliance scoring of an image (seed 003).</summary>
public static class ComplianceApi
{
    public static IEndpointRouteBuilder MapComplianceApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(ResourceNames.ApiPathOf(ResourceNames.MlDetection)).WithTags("ML detection").RequireAuthorization(Policies.Admin)
            .MapPost("/compliance", ScoreAsync)
            .WithName("ScoreCompliance").WithSummary("Scores an image (base64, or a stored image by imageId) against a brand's palette, logo, typography and platform layout rules; emits ComplianceScored");
        return app;
    }

    public static async Task<Results<Ok<ComplianceResponse>, ValidationProblem, ProblemHttpResult>> ScoreAsync(
        ComplianceRequest request, ImageDecoder decoder, ImageStore store, ComplianceScorer scorer, MlDetectionDbContext db, ITenantContext tenant,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (tenant.TenantId is not { } tenantId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No tenant in the credentials");
        }
        var rules = request.Rules ?? new ComplianceRules(null, null, null, null, null, null, null);
        var errors = new Dictionary<string, string[]>();
        if (request.Image is not null && request.ImageId is not null)
        {
            errors["imageId"] = ["Send the image as base64 or name it by imageId, not both."];
        }
        var image = Base64(request.Image, "image", errors, required: request.ImageId is null);
        var logoBytes = Base64(rules.Logo, "rules.logo", errors, required: false);
        var palette = RulesValidation.Validate(rules, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (request.ImageId is { } imageId)
        {
            if (await store.FindAsync(db, imageId, cancellationToken) is not { } found)
            {
                return MlProblems.UnknownImage("imageId", imageId);
            }
            image = found.Bytes;
        }
        if (rules.LogoImageId is { } logoId)
        {
            if (await store.FindAsync(db, logoId, cancellationToken) is not { } found)
            {
                return MlProblems.UnknownImage("rules.logoImageId", logoId);
            }
            logoBytes = found.Bytes;
        }

        var started = Stopwatch.GetTimestamp();
        SKBitmap? bitmap = null, logo = null;
        try
        {
            bitmap = decoder.Decode(image, request.ImageId is null ? "image" : "imageId");
            logo = logoBytes.Length > 0 ? decoder.Decode(logoBytes, rules.LogoImageId is null ? "rules.logo" : "rules.logoImageId") : null;
        }
        catch (ImageRejectedException rejected)
        {
            bitmap?.Dispose();
            return MlProblems.Unprocessable(rejected);
        }
        using (bitmap)
        using (logo)
        {
            var result = await scorer.ScoreAsync(bitmap, logo, palette, rules, cancellationToken);
            var subjectId = request.SubjectId ?? Guid.CreateVersion7();
            db.AddEvent(ComplianceScoredEvent.Of(tenantId, clock.GetUtcNow(), request.SubjectType ?? "upload", subjectId, result, request.ImageId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(new ComplianceResponse(subjectId, result.Score, result.Parts, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }

    private static byte[] Base64(string? value, string field, Dictionary<string, string[]> errors, bool required)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                errors[field] = ["An image (base64) or an imageId is required."];
            }
            return [];
        }
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            errors[field] = ["The image must be base64."];
            return [];
        }
    }
}
