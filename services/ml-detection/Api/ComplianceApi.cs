using System.Diagnostics;
using System.Globalization;
using AdFlux.Contracts.MlDetection;
using AdFlux.MlDetection.Compliance;
using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Imaging;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
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
            .WithName("ScoreCompliance").WithSummary("Scores an image against a brand's palette, logo, typography and platform layout rules; emits ComplianceScored");
        return app;
    }

    public static async Task<Results<Ok<ComplianceResponse>, ValidationProblem, ProblemHttpResult>> ScoreAsync(
        ComplianceRequest request, ImageDecoder decoder, ComplianceScorer scorer, MlDetectionDbContext db, ITenantContext tenant,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (tenant.TenantId is not { } tenantId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No tenant in the credentials");
        }
        var rules = request.Rules ?? new ComplianceRules(null, null, null, null, null, null, null);
        var errors = new Dictionary<string, string[]>();
        var image = Base64(request.Image, "image", errors, required: true);
        var logoBytes = Base64(rules.Logo, "rules.logo", errors, required: false);
        var palette = new List<SKColor>();
        for (var i = 0; i < (rules.Palette?.Count ?? 0); i++)
        {
            if (SKColor.TryParse(rules.Palette![i], out var colour))
            {
                palette.Add(colour);
            }
            else
            {
                errors[$"rules.palette[{i}]"] = ["A palette colour is a hex colour such as #1DB954."];
            }
        }
        Check(rules.MaxDeltaE, 0.5, 100, "rules.maxDeltaE", errors);
        Check(rules.MinLogoWidthRatio, 0.001, 1, "rules.minLogoWidthRatio", errors);
        Check(rules.MinTextHeightRatio, 0.001, 1, "rules.minTextHeightRatio", errors);
        Check(rules.MinContrast, 1, 21, "rules.minContrast", errors);
        if (rules.Platform is { } platform && !SafeZones.Overlays.ContainsKey(platform))
        {
            errors["rules.platform"] = [$"platform must be one of {string.Join(", ", SafeZones.Overlays.Keys)}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var started = Stopwatch.GetTimestamp();
        SKBitmap? bitmap = null, logo = null;
        try
        {
            bitmap = decoder.Decode(image, "image");
            logo = logoBytes.Length > 0 ? decoder.Decode(logoBytes, "rules.logo") : null;
        }
        catch (ImageRejectedException rejected)
        {
            bitmap?.Dispose();
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rejected.Field] = [rejected.Message] })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The image cannot be analysed",
                Type = ProblemTypes.Validation,
                Detail = rejected.Message,
            });
        }
        using (bitmap)
        using (logo)
        {
            var result = await scorer.ScoreAsync(bitmap, logo, palette, rules, cancellationToken);
            var subjectId = request.SubjectId ?? Guid.CreateVersion7();
            db.AddEvent(new ComplianceScored(
                Guid.CreateVersion7(), tenantId, clock.GetUtcNow(), request.SubjectType ?? "upload", subjectId, result.Score,
                result.Parts.ToDictionary(p => p.Name, p => p.Score), result.Parts.ToDictionary(p => p.Name, p => p.Reason)), clock);
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
                errors[field] = ["An image (base64) is required."];
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

    private static void Check(double? value, double min, double max, string field, Dictionary<string, string[]> errors)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}.")];
        }
    }
}
