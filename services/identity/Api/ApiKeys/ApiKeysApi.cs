using System.Security.Claims;
using AdFlux.Identity.ApiKeys;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Api.ApiKeys;

/// <summary>Per-tenant API keys (admins only): created and shown once, listed without the secret, revoked.</summary>
public static class ApiKeysApi
{
    private static readonly string[] KnownRoles = [Roles.Admin, Roles.Viewer];

    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/identity/api-keys").WithTags("API keys").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync).WithName("ListApiKeys").WithSummary("The tenant's API keys, without secrets.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetApiKey").WithSummary("One API key, without its secret.");
        group.MapPost("", CreateAsync).WithName("CreateApiKey").WithSummary("Create an API key; the answer is the only time the key is shown.");
        group.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeApiKey").WithSummary("Revoke an API key at once.");
        return routes;
    }

    public static async Task<Ok<List<ApiKeyResponse>>> ListAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(key => key.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys.Select(ApiKeyResponse.From).ToList());
    }

    public static async Task<Results<Ok<ApiKeyResponse>, NotFound>> GetAsync(Guid id, IdentityDbContext db, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(key => key.Id == id, cancellationToken) is { } key
            ? TypedResults.Ok(ApiKeyResponse.From(key))
            : TypedResults.NotFound();

    public static async Task<Results<Created<CreatedApiKeyResponse>, ValidationProblem>> CreateAsync(
        CreateApiKeyRequest request, ClaimsPrincipal caller, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var role = request.Role ?? Roles.Viewer;
        var validation = new Validation()
            .Require(!string.IsNullOrWhiteSpace(request.Name), "name", "Name is required.")
            .Require(request.Name is null || request.Name.Trim().Length <= 200, "name", "Name must be at most 200 characters.")
            .Require(KnownRoles.Contains(role), "role", $"Role must be one of: {string.Join(", ", KnownRoles)}.")
            .Require(request.ExpiresAt is null || request.ExpiresAt > now, "expiresAt", "Expiry must be in the future.");
        var scope = request.ClientProfileIds?.Distinct().ToList() ?? [];
        if (scope.Count > 0)
        {
            validation.Require(role == Roles.Viewer, "clientProfileIds", "Only a viewer key can be limited to client profiles.");
            var found = await db.ClientProfiles.IgnoreQueryFilters([TenantQueryFilters.ClientScope])
                .CountAsync(profile => scope.Contains(profile.Id), cancellationToken);
            validation.Require(found == scope.Count, "clientProfileIds", "Every client profile must exist in the tenant.");
        }
        if (!validation.IsValid)
        {
            return Problems.Validation(validation.Errors);
        }
        var id = Guid.NewGuid();
        var secret = SecretHash.NewSecret();
        var key = new ApiKey
        {
            Id = id,
            TenantId = db.CurrentTenantId!.Value,
            Name = request.Name!.Trim(),
            Prefix = ApiKeyFormat.PrefixOf(id),
            SecretHash = SecretHash.Of(secret),
            Role = role,
            CreatedBy = Guid.TryParse(caller.FindFirstValue(AdFluxClaims.Subject), out var userId) ? userId : Guid.Empty,
            CreatedAt = now,
            ExpiresAt = request.ExpiresAt?.ToUniversalTime(),
            ClientProfileIds = scope,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/identity/api-keys/{id}",
            new CreatedApiKeyResponse(id, key.Name, ApiKeyFormat.Compose(id, secret), key.Prefix, key.Role, key.CreatedAt, key.ExpiresAt, key.ClientProfileIds));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (key is null)
        {
            return TypedResults.NotFound();
        }
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
