using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Domain;
using AdFlux.Video.Variants;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Video.Api;

/// <summary>Seed 001's confirm_publish and platform rules.</summary>
public static class PublicationsApi
{
    public static readonly string[] Platforms = ["tiktok", "instagram", "youtube", "facebook"];

    public static IEndpointRouteBuilder MapPublicationsApi(this IEndpointRouteBuilder app)
    {
        var publications = app.MapGroup("/api/video/publications").WithTags("Publications").RequireAuthorization();
        publications.MapPost("", ConfirmAsync).RequireAuthorization(Policies.Admin)
            .WithName("ConfirmPublication").WithSummary("Records that a variant was posted (platform, external post id, URL, time)");
        publications.MapGet("", ListAsync).WithName("ListPublications").WithSummary("Confirmed publications, newest first");
        var rules = app.MapGroup("/api/video/rules").WithTags("Rules").RequireAuthorization();
        rules.MapGet("", ListRulesAsync).WithName("ListPlatformRules").WithSummary("The tenant's clip rule per platform");
        rules.MapPost("", SaveRuleAsync).RequireAuthorization(Policies.Admin)
            .WithName("SavePlatformRule").WithSummary("Creates or replaces a platform's clip rule");
        return app;
    }

    public static async Task<Results<Created<PublicationResponse>, Ok<PublicationResponse>, ValidationProblem, NotFound>> ConfirmAsync(
        ConfirmPublication body, [AsParameters] VideoRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.VariantId is null)
        {
            errors["variantId"] = ["variantId is required."];
        }
        if (body.Platform is null || !Platforms.Contains(body.Platform))
        {
            errors["platform"] = [$"platform must be one of {string.Join(", ", Platforms)}."];
        }
        if (string.IsNullOrWhiteSpace(body.ExternalId) || body.ExternalId.Length > 200)
        {
            errors["externalId"] = ["externalId (the platform's post id) is required, at most 200 characters."];
        }
        if (body.Url is not null && (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps))
        {
            errors["url"] = ["url must be an absolute https URL."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var variant = await request.Db.Variants.AsNoTracking().FirstOrDefaultAsync(v => v.Id == body.VariantId, request.CancellationToken);
        if (variant is null)
        {
            return TypedResults.NotFound();
        }
        var existing = await request.Db.Publications.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Platform == body.Platform && p.ExternalId == body.ExternalId, request.CancellationToken);
        if (existing is not null)
        {
            return TypedResults.Ok(PublicationResponse.From(existing));
        }
        var now = request.Clock.GetUtcNow();
        var publication = new Publication
        {
            Id = Guid.CreateVersion7(),
            TenantId = variant.TenantId,
            VariantId = variant.Id,
            Platform = body.Platform!,
            ExternalId = body.ExternalId!,
            Url = body.Url,
            PublishedAt = body.PublishedAt ?? now,
            CreatedAt = now,
        };
        request.Db.Publications.Add(publication);
        request.Db.AddEvent(new PublicationConfirmed(Guid.NewGuid(), variant.TenantId, now, publication.Id, variant.Id, publication.Platform,
            publication.ExternalId, publication.Url), request.Clock);
        try
        {
            await request.Db.SaveChangesAsync(request.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            request.Db.ChangeTracker.Clear();
            var winner = await request.Db.Publications.AsNoTracking()
                .FirstAsync(p => p.Platform == body.Platform && p.ExternalId == body.ExternalId, request.CancellationToken);
            return TypedResults.Ok(PublicationResponse.From(winner));
        }
        return TypedResults.Created($"/api/video/publications/{publication.Id}", PublicationResponse.From(publication));
    }

    public static async Task<Ok<List<PublicationResponse>>> ListAsync(Guid? variantId, [AsParameters] VideoRequest request)
    {
        var query = request.Db.Publications.AsNoTracking();
        if (variantId is { } variant)
        {
            query = query.Where(p => p.VariantId == variant);
        }
        var rows = await query.OrderByDescending(p => p.PublishedAt).Take(1000).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(rows.Select(PublicationResponse.From).ToList());
    }

    public static async Task<Ok<List<PlatformRuleResponse>>> ListRulesAsync([AsParameters] VideoRequest request)
    {
        var rows = await request.Db.PlatformRules.AsNoTracking().OrderBy(r => r.Platform).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(rows.Select(PlatformRuleResponse.From).ToList());
    }

    public static async Task<Results<Ok<PlatformRuleResponse>, ValidationProblem>> SaveRuleAsync(PlatformRuleBody body, [AsParameters] VideoRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Platform is null || !Platforms.Contains(body.Platform))
        {
            errors["platform"] = [$"platform must be one of {string.Join(", ", Platforms)}."];
        }
        if (body.ClipSeconds is not { Count: > 0 and <= 5 } lengths || lengths.Any(s => s is < 5 or > 180))
        {
            errors["clipSeconds"] = ["clipSeconds must list 1 to 5 lengths between 5 and 180 seconds."];
        }
        if (body.MaxClips is not (null or (>= 1 and <= 5)))
        {
            errors["maxClips"] = ["maxClips must be between 1 and 5."];
        }
        if (body.Format is not null && PlatformFormat.Find(body.Format) is null)
        {
            errors["format"] = [$"format must be one of {string.Join(", ", PlatformFormat.All.Select(f => f.Name))}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var rule = await request.Db.PlatformRules.FirstOrDefaultAsync(r => r.Platform == body.Platform, request.CancellationToken);
        if (rule is null)
        {
            rule = new PlatformRule { Id = Guid.CreateVersion7(), TenantId = request.Db.CurrentTenantId!.Value, Platform = body.Platform!, Format = PlatformFormat.Vertical.Name };
            request.Db.PlatformRules.Add(rule);
        }
        rule.ClipSeconds = body.ClipSeconds!.Distinct().Order().ToArray();
        rule.MaxClips = body.MaxClips ?? 5;
        rule.Format = body.Format ?? rule.Format;
        rule.UpdatedAt = request.Clock.GetUtcNow();
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(PlatformRuleResponse.From(rule));
    }
}
