using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.Identity.Tenants;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Api.Login;

/// <summary>Public: password login and refresh-token rotation.</summary>
public static class LoginApi
{
    // Verified when the email is unknown, so both failures take as long (no user enumeration by timing).
    private static readonly string UnknownUserHash = new PasswordHasher<User>().HashPassword(null!, Guid.NewGuid().ToString());

    public static IEndpointRouteBuilder MapLoginApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/identity").WithTags("Login").AllowAnonymous();
        group.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Exchange email and password for an access token and a refresh token.");
        group.MapPost("/refresh", RefreshAsync).WithName("Refresh").WithSummary("Spend a refresh token for a new pair; reusing a spent one revokes its family.");
        return routes;
    }

    public static async Task<Results<Ok<TokenPair>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, IdentityDbContext db, IPasswordHasher<User> hasher, TokenService tokens, CancellationToken cancellationToken)
    {
        var validation = new Validation()
            .Require(!string.IsNullOrWhiteSpace(request.Email), "email", "Email is required.")
            .Require(!string.IsNullOrEmpty(request.Password), "password", "Password is required.");
        if (!validation.IsValid)
        {
            return Problems.Validation(validation.Errors);
        }
        var normalized = Emails.Normalize(request.Email!);
        var user = await db.Users.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .SingleOrDefaultAsync(candidate => candidate.NormalizedEmail == normalized, cancellationToken);
        var verdict = hasher.VerifyHashedPassword(user!, user?.PasswordHash ?? UnknownUserHash, request.Password!);
        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            return Problems.Status(StatusCodes.Status401Unauthorized, "Login failed", detail: "The email or the password is wrong.");
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, request.Password!);
        }
        return TypedResults.Ok(await tokens.IssueAsync(user, cancellationToken));
    }

    public static async Task<Results<Ok<TokenPair>, ValidationProblem, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, TokenService tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["refreshToken"] = ["Refresh token is required."] });
        }
        var pair = await tokens.RefreshAsync(request.RefreshToken, cancellationToken);
        return pair is null
            ? Problems.Status(StatusCodes.Status401Unauthorized, "Refresh failed", detail: "The refresh token is unknown, spent, revoked or expired.")
            : TypedResults.Ok(pair);
    }
}
