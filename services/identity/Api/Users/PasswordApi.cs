using System.Security.Claims;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Api.Users;

/// <summary>A user changes its own password; its other sessions end at their next refresh.</summary>
public static class PasswordApi
{
    public static IEndpointRouteBuilder MapPasswordApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/identity/users/me/password", ChangeAsync).WithTags("Users").WithName("ChangePassword")
            .WithSummary("Change the caller's password (the current one is required); revokes every refresh token of the user.");
        return routes;
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        ChangePasswordRequest request, ClaimsPrincipal caller, IdentityDbContext db, IPasswordHasher<User> hasher, TokenService tokens,
        CancellationToken cancellationToken)
    {
        if (caller.FindFirstValue(AdFluxClaims.ApiKeyId) is not null || !Guid.TryParse(caller.FindFirstValue(AdFluxClaims.Subject), out var userId))
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Not a user", detail: "API keys have no password.");
        }
        var user = await db.Users.SingleOrDefaultAsync(candidate => candidate.Id == userId, cancellationToken);
        if (user is null)
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Not a user", detail: "The caller is not a user of this tenant.");
        }
        var validation = new Validation()
            .Require(!string.IsNullOrEmpty(request.CurrentPassword)
                && hasher.VerifyHashedPassword(user, user.PasswordHash, request.CurrentPassword) != PasswordVerificationResult.Failed,
                "currentPassword", "The current password is wrong.")
            .Require(request.NewPassword is { Length: >= UsersApi.MinPasswordLength }, "newPassword",
                $"Password must have at least {UsersApi.MinPasswordLength} characters.");
        if (!validation.IsValid)
        {
            return Problems.Validation(validation.Errors);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.PasswordHash = hasher.HashPassword(user, request.NewPassword!);
        await db.SaveChangesAsync(cancellationToken);
        await tokens.RevokeAllAsync(user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
