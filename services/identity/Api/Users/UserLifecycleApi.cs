using AdFlux.Contracts.Identity;
using AdFlux.Identity.Data;
using AdFlux.Identity.Tokens;
using AdFlux.Identity.Users;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Api.Users;

/// <summary>
/// Deactivating, reactivating and deleting users (admins only). A deactivated or deleted user
/// cannot log in or refresh, identity refuses its access tokens at once, and other services
/// stop honouring them when they expire (at most <c>Identity:AccessTokenLifetime</c>, 30 minutes by default).
/// </summary>
public static class UserLifecycleApi
{
    public static IEndpointRouteBuilder MapUserLifecycleApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/identity/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        group.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithName("DeactivateUser")
            .WithSummary("Stop a user from logging in and end its sessions; refused for the tenant's last admin.");
        group.MapPost("/{id:guid}/reactivate", ReactivateAsync).WithName("ReactivateUser").WithSummary("Let a deactivated user log in again.");
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteUser")
            .WithSummary("Delete a user and its sessions; refused for the tenant's last admin.");
        return routes;
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeactivateAsync(
        Guid id, IdentityDbContext db, TokenService tokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }
        if (!user.IsActive)
        {
            return TypedResults.NoContent();
        }
        if (await LastAdminGuard.IsLastActiveAdminAsync(db, user, cancellationToken))
        {
            return UsersApi.LastAdminProblem();
        }
        var now = clock.GetUtcNow();
        user.DeactivatedAt = now;
        user.SecurityVersion++;
        await tokens.RevokeAllAsync(user.Id, cancellationToken);
        db.AddEvent(new UserDeactivated(Guid.NewGuid(), user.TenantId, now, user.Id), clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound>> ReactivateAsync(
        Guid id, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }
        if (user.IsActive)
        {
            return TypedResults.NoContent();
        }
        user.DeactivatedAt = null;
        db.AddEvent(new UserReactivated(Guid.NewGuid(), user.TenantId, clock.GetUtcNow(), user.Id), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }
        if (await LastAdminGuard.IsLastActiveAdminAsync(db, user, cancellationToken))
        {
            return UsersApi.LastAdminProblem();
        }
        // Its refresh tokens go with it (foreign key ON DELETE CASCADE).
        db.Users.Remove(user);
        db.AddEvent(new UserDeleted(Guid.NewGuid(), user.TenantId, clock.GetUtcNow(), user.Id), clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
