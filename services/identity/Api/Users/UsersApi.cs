using System.Security.Claims;
using AdFlux.Contracts.Identity;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.Identity.Tenants;
using AdFlux.Identity.Users;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Identity.Api.Users;

/// <summary>The caller's own identity, and the tenant's users (admins only).</summary>
public static class UsersApi
{
    public const int MinPasswordLength = 10;

    private static readonly string[] KnownRoles = [Roles.Admin, Roles.Viewer];

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/identity/users").WithTags("Users");
        group.MapGet("/me", GetMeAsync).WithName("GetMe").WithSummary("The caller: tenant, role and client scope.");
        var admin = group.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapGet("", ListAsync).WithName("ListUsers").WithSummary("The tenant's users.");
        admin.MapGet("/{id:guid}", GetAsync).WithName("GetUser").WithSummary("One user of the tenant.");
        admin.MapPost("", CreateAsync).WithName("CreateUser").WithSummary("Create an admin or a viewer (optionally limited to client profiles).");
        admin.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateUser").WithSummary("Change a user's role and client scope.");
        return routes;
    }

    public static async Task<Results<Ok<MeResponse>, NotFound>> GetMeAsync(ClaimsPrincipal caller, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == db.CurrentTenantId, cancellationToken);
        if (tenant is null)
        {
            return TypedResults.NotFound();
        }
        if (Guid.TryParse(caller.FindFirstValue(AdFluxClaims.ApiKeyId), out var apiKeyId))
        {
            var scope = db.Tenant.ClientProfileScope?.ToList() ?? [];
            return TypedResults.Ok(new MeResponse(null, null, apiKeyId, tenant.Id, tenant.Name, caller.FindFirstValue(AdFluxClaims.Role)!, scope));
        }
        var userId = Guid.TryParse(caller.FindFirstValue(AdFluxClaims.Subject), out var id) ? id : Guid.Empty;
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == userId, cancellationToken);
        return user is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new MeResponse(user.Id, user.Email, null, tenant.Id, tenant.Name, user.Role, user.ClientProfileIds));
    }

    public static async Task<Ok<List<UserResponse>>> ListAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(user => user.Email).ToListAsync(cancellationToken);
        return TypedResults.Ok(users.Select(UserResponse.From).ToList());
    }

    public static async Task<Results<Ok<UserResponse>, NotFound>> GetAsync(Guid id, IdentityDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(user => user.Id == id, cancellationToken) is { } user
            ? TypedResults.Ok(UserResponse.From(user))
            : TypedResults.NotFound();

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = new Validation()
            .Require(Emails.IsValid(request.Email), "email", "A valid email address is required.")
            .Require(request.Password is { Length: >= MinPasswordLength }, "password", $"Password must have at least {MinPasswordLength} characters.");
        await ValidateRoleAndScopeAsync(validation, db, request.Role, request.ClientProfileIds, cancellationToken);
        if (!validation.IsValid)
        {
            return Problems.Validation(validation.Errors);
        }
        var normalized = Emails.Normalize(request.Email!);
        // Only the caller's tenant is searched: another tenant's users are none of its business.
        if (await db.Users.AnyAsync(user => user.NormalizedEmail == normalized, cancellationToken))
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Email taken", detail: "A user of this tenant already has this email.");
        }
        var user = new User
        {
            Id = Guid.NewGuid(),
            TenantId = db.CurrentTenantId!.Value,
            Email = request.Email!.Trim(),
            NormalizedEmail = normalized,
            Role = request.Role!,
            ClientProfileIds = request.ClientProfileIds?.Distinct().ToList() ?? [],
            CreatedAt = clock.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        db.Users.Add(user);
        db.AddEvent(new UserCreated(Guid.NewGuid(), user.TenantId, user.CreatedAt, user.Id, user.Email, user.Role), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Email taken", detail: "A user of this tenant already has this email.");
        }
        return TypedResults.Created($"/api/identity/users/{user.Id}", UserResponse.From(user));
    }

    public static async Task<Results<Ok<UserResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateUserRequest request, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        await ValidateRoleAndScopeAsync(validation, db, request.Role, request.ClientProfileIds, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }
        if (!validation.IsValid)
        {
            return Problems.Validation(validation.Errors);
        }
        var scope = request.ClientProfileIds?.Distinct().ToList() ?? [];
        if (request.Role == user.Role && scope.Order().SequenceEqual(user.ClientProfileIds.Order()))
        {
            return TypedResults.Ok(UserResponse.From(user));
        }
        if (request.Role != Roles.Admin && await LastAdminGuard.IsLastActiveAdminAsync(db, user, cancellationToken))
        {
            return LastAdminProblem();
        }
        user.Role = request.Role!;
        user.ClientProfileIds = scope;
        user.SecurityVersion++;
        db.AddEvent(new UserRoleChanged(Guid.NewGuid(), user.TenantId, clock.GetUtcNow(), user.Id, user.Role, user.ClientProfileIds), clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(UserResponse.From(user));
    }

    public static ProblemHttpResult LastAdminProblem() => Problems.Status(
        StatusCodes.Status409Conflict, "Last admin", detail: "The tenant must keep an active admin: make another user admin first.");

    private static async Task ValidateRoleAndScopeAsync(
        Validation validation, IdentityDbContext db, string? role, IReadOnlyList<Guid>? clientProfileIds, CancellationToken cancellationToken)
    {
        validation.Require(role is not null && KnownRoles.Contains(role), "role", $"Role must be one of: {string.Join(", ", KnownRoles)}.");
        if (clientProfileIds is not { Count: > 0 })
        {
            return;
        }
        validation.Require(role != Roles.Admin, "clientProfileIds", "Only a viewer can be limited to client profiles.");
        var ids = clientProfileIds.Distinct().ToList();
        var found = await db.ClientProfiles.IgnoreQueryFilters([TenantQueryFilters.ClientScope])
            .CountAsync(profile => ids.Contains(profile.Id), cancellationToken);
        validation.Require(found == ids.Count, "clientProfileIds", "Every client profile must exist in the tenant.");
    }
}
