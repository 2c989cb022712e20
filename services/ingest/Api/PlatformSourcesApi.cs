using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Platforms;
using AdFlux.Ingest.Pulls;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Secrets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Api;

/// <summary>Client profiles' YouTube and Spotify sources with the tenant's credentials (stored encrypted, never returned; admins only).</summary>
public static class PlatformSourcesApi
{
    private const int MaxEntities = 50;

    public static IEndpointRouteBuilder MapPlatformSourcesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ingest/platform-sources").WithTags("Platform sources").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync).WithName("ListPlatformSources").WithSummary("The tenant's YouTube and Spotify sources, their credentials' state and last pulls");
        group.MapPost("", RegisterAsync).WithName("RegisterPlatformSource").WithSummary("Register a client profile's YouTube channels or Spotify artists with a credential");
        group.MapPut("/{id:guid}/credential", ReplaceCredentialAsync).WithName("ReplacePlatformCredential")
            .WithSummary("Replace a source's credential; a refused one is cleared and its schedule runs again at once");
        group.MapDelete("/{id:guid}", RemoveAsync).WithName("RemovePlatformSource").WithSummary("Remove a source with its schedule and pulled figures");
        return app;
    }

    public static async Task<Ok<List<PlatformSourceResponse>>> ListAsync([AsParameters] IngestRequest request)
    {
        var sources = await request.Db.PlatformSources.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(sources.Select(PlatformSourceResponse.From).ToList());
    }

    public static async Task<Results<Created<PlatformSourceResponse>, ValidationProblem>> RegisterAsync(
        RegisterPlatformSourceRequest body, SecretProtector protector, ClientProfileOwnership clientProfiles, [AsParameters] IngestRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Platform is null || !PullSources.Platforms.Contains(body.Platform))
        {
            errors["platform"] = [$"platform must be one of: {string.Join(", ", PullSources.Platforms)}."];
        }
        if (body.ClientProfileId is null || body.ClientProfileId == Guid.Empty)
        {
            errors["clientProfileId"] = ["clientProfileId is required."];
        }
        else if (!await clientProfiles.BelongsToCallerAsync(body.ClientProfileId.Value, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No client profile with this id exists in your tenant."];
        }
        var entityIds = Ids(body.EntityIds, "entityIds", required: true, errors);
        var videoIds = Ids(body.VideoIds, "videoIds", required: false, errors);
        if (videoIds.Length > 0 && body.Platform == PullSources.Spotify)
        {
            errors["videoIds"] = ["videoIds apply to YouTube sources only."];
        }
        var credential = Credential(body.Platform, body.Credential, protector, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        var source = new PlatformSource
        {
            Id = Guid.CreateVersion7(now),
            TenantId = request.Db.CurrentTenantId!.Value,
            ClientProfileId = body.ClientProfileId!.Value,
            Platform = body.Platform!,
            EntityIds = entityIds,
            VideoIds = videoIds,
            Credential = credential!,
            CreatedAt = now,
        };
        request.Db.PlatformSources.Add(source);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ingest/platform-sources/{source.Id}", PlatformSourceResponse.From(source));
    }

    public static async Task<Results<Ok<PlatformSourceResponse>, NotFound, ValidationProblem>> ReplaceCredentialAsync(
        Guid id, PlatformCredentialRequest body, SecretProtector protector, PullSignal signal, [AsParameters] IngestRequest request)
    {
        var source = await request.Db.PlatformSources.FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (source is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new Dictionary<string, string[]>();
        var credential = Credential(source.Platform, body, protector, errors, prefix: "");
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        source.Credential = credential!;
        (source.CredentialRefusedAt, source.CredentialError) = (null, null);
        await ScheduleResumption.ResumeAsync(request.Db, id, request.Clock.GetUtcNow(), request.CancellationToken);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        signal.Notify();
        return TypedResults.Ok(PlatformSourceResponse.From(source));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveAsync(Guid id, [AsParameters] IngestRequest request)
    {
        await using var transaction = await request.Db.Database.BeginTransactionAsync(request.CancellationToken);
        var deleted = await request.Db.PlatformSources.Where(s => s.Id == id).ExecuteDeleteAsync(request.CancellationToken);
        if (deleted == 0)
        {
            return TypedResults.NotFound();
        }
        await request.Db.PullSchedules.Where(s => s.SourceId == id).ExecuteDeleteAsync(request.CancellationToken);
        await request.Db.PulledFigures.Where(f => f.SourceId == id).ExecuteDeleteAsync(request.CancellationToken);
        await transaction.CommitAsync(request.CancellationToken);
        return TypedResults.NoContent();
    }

    private static string[] Ids(IReadOnlyList<string>? ids, string field, bool required, Dictionary<string, string[]> errors)
    {
        var trimmed = (ids ?? []).Select(i => i?.Trim() ?? "").ToArray();
        if ((required && trimmed.Length == 0) || trimmed.Length > MaxEntities || trimmed.Any(i => i.Length is 0 or > 200))
        {
            errors[field] = [$"{field} must hold {(required ? "1" : "0")} to {MaxEntities} non-empty ids of at most 200 characters."];
        }
        return trimmed.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static byte[]? Credential(string? platform, PlatformCredentialRequest? body, SecretProtector protector, Dictionary<string, string[]> errors, string prefix = "credential.")
    {
        if (body is null)
        {
            errors[prefix.Length > 0 ? prefix.TrimEnd('.') : "clientId"] = ["A credential is required."];
            return null;
        }
        if (string.IsNullOrWhiteSpace(body.ClientId))
        {
            errors[prefix + "clientId"] = ["clientId is required."];
        }
        if (string.IsNullOrWhiteSpace(body.ClientSecret))
        {
            errors[prefix + "clientSecret"] = ["clientSecret is required."];
        }
        if (platform == PullSources.YouTube && string.IsNullOrWhiteSpace(body.RefreshToken))
        {
            errors[prefix + "refreshToken"] = ["refreshToken (the channel owner's OAuth consent) is required for YouTube."];
        }
        if (errors.Count > 0 || platform is null)
        {
            return null;
        }
        return platform == PullSources.YouTube
            ? PlatformCredentials.ProtectYouTube(protector, new GoogleUserCredential(body.ClientId!.Trim(), body.ClientSecret!.Trim(), body.RefreshToken!.Trim()))
            : PlatformCredentials.ProtectSpotify(protector, new SpotifyCredential(body.ClientId!.Trim(), body.ClientSecret!.Trim()));
    }
}
