using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Brands;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api.Studio;

/// <summary>Brand profiles, one per client profile: the rules creatives are scored against.</summary>
public static class BrandsApi
{
    public static IEndpointRouteBuilder MapBrandsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/studio/brands").WithTags("Studio").RequireAuthorization();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateBrandProfile").WithSummary("Creates the brand profile of a client profile (palette, logo, typography, safe zones, tone, banned words)");
        group.MapGet("/", ListAsync)
            .WithName("ListBrandProfiles").WithSummary("The caller's brand profiles, optionally of one client profile");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetBrandProfile").WithSummary("One brand profile");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Admin)
            .WithName("UpdateBrandProfile").WithSummary("Replaces a brand profile's rules (a logo left out is kept)");
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Admin)
            .WithName("DeleteBrandProfile").WithSummary("Deletes a brand profile");
        return app;
    }

    public static async Task<Results<Created<BrandResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        BrandBody body, ClientProfileOwnership profiles, [AsParameters] StudioRequest request)
    {
        var errors = StudioValidation.Brand(body, requireClientProfile: true, out var logo, out var logoImage);
        if (errors.Count == 0 && !await profiles.BelongsToCallerAsync(body.ClientProfileId!.Value, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No such client profile in your tenant."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await request.Db.BrandProfiles.AnyAsync(b => b.ClientProfileId == body.ClientProfileId, request.CancellationToken))
        {
            return StudioProblems.Conflict("The client profile already has a brand profile; edit it with PUT.");
        }
        var now = request.Clock.GetUtcNow();
        var brand = new BrandProfile { Id = Guid.CreateVersion7(), TenantId = request.TenantId, ClientProfileId = body.ClientProfileId!.Value, Name = "", CreatedAt = now };
        Apply(brand, body, logo, logoImage, now);
        request.Db.BrandProfiles.Add(brand);
        if (await StudioSave.TrySaveAsync(request.Db, request.CancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Created($"/api/ads/studio/brands/{brand.Id}", BrandResponse.From(brand));
    }

    public static async Task<Ok<IReadOnlyList<BrandResponse>>> ListAsync(Guid? clientProfileId, [AsParameters] StudioRequest request)
    {
        var brands = request.Db.BrandProfiles.AsNoTracking();
        if (clientProfileId is { } profile)
        {
            brands = brands.Where(b => b.ClientProfileId == profile);
        }
        var rows = await brands.OrderBy(b => b.Name).Take(500).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<BrandResponse>>(rows.Select(BrandResponse.From).ToList());
    }

    public static async Task<Results<Ok<BrandResponse>, NotFound>> GetAsync(Guid id, [AsParameters] StudioRequest request) =>
        await request.Db.BrandProfiles.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, request.CancellationToken) is { } brand
            ? TypedResults.Ok(BrandResponse.From(brand))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<BrandResponse>, NotFound, ValidationProblem>> UpdateAsync(Guid id, BrandBody body, [AsParameters] StudioRequest request)
    {
        var brand = await request.Db.BrandProfiles.FirstOrDefaultAsync(b => b.Id == id, request.CancellationToken);
        if (brand is null)
        {
            return TypedResults.NotFound();
        }
        var errors = StudioValidation.Brand(body, requireClientProfile: false, out var logo, out var logoImage);
        if (body.ClientProfileId is { } profile && profile != brand.ClientProfileId)
        {
            errors["clientProfileId"] = ["A brand profile cannot move to another client profile."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        Apply(brand, body, logo, logoImage, request.Clock.GetUtcNow());
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(BrandResponse.From(brand));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, [AsParameters] StudioRequest request)
    {
        var deleted = await request.Db.BrandProfiles.Where(b => b.Id == id).ExecuteDeleteAsync(request.CancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static void Apply(BrandProfile brand, BrandBody body, byte[]? logo, StudioImage? logoImage, DateTimeOffset now)
    {
        brand.Name = body.Name!.Trim();
        brand.Palette = body.Palette!.Select(c => c.ToUpperInvariant()).ToList();
        brand.PaletteTolerance = body.PaletteTolerance ?? 10;
        if (logo is not null)
        {
            brand.Logo = logo;
            brand.LogoContentType = logoImage!.ContentType;
        }
        brand.MinLogoWidthRatio = body.MinLogoWidthRatio ?? 0.1;
        brand.MinTextHeightRatio = body.MinTextHeightRatio ?? 0.025;
        brand.MinContrast = body.MinContrast ?? 4.5;
        brand.SafeZonePlatforms = body.SafeZonePlatforms?.Distinct().ToList() ?? [];
        brand.ToneOfVoice = string.IsNullOrWhiteSpace(body.ToneOfVoice) ? null : body.ToneOfVoice.Trim();
        brand.BannedWords = body.BannedWords?.Select(w => w.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];
        brand.ToneRules = body.ToneRules is { } tone
            ? tone with { RequiredPhrases = Phrases(tone.RequiredPhrases), ForbiddenPhrases = Phrases(tone.ForbiddenPhrases) }
            : ToneRules.None;
        brand.UpdatedAt = now;
    }

    private static List<string>? Phrases(IReadOnlyList<string>? phrases) =>
        phrases is { Count: > 0 } ? phrases.Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList() : null;
}
