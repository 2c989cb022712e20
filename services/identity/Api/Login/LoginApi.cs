using System.Security.Claims;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.Identity.Tenants;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
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
        // Authenticated, so it goes through the gateway like any other call; the refresh token names the session.
        routes.MapPost("/api/identity/logout", LogoutAsync).WithTags("Login").WithName("Logout")
            .WithSummary("End a session: revokes the family of the caller's refresh token.");
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
        // Emails are unique per tenant only: the password (or the tenant id) decides which user logs in.
        var normalized = Emails.Normalize(request.Email!);
        var candidates = await db.Users.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .Where(candidate => candidate.NormalizedEmail == normalized && candidate.DeactivatedAt == null)
            .Where(candidate => request.TenantId == null || candidate.TenantId == request.TenantId)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            hasher.VerifyHashedPassword(null!, UnknownUserHash, request.Password!);
        }
        var matches = candidates
            .Select(candidate => (User: candidate, Verdict: hasher.VerifyHashedPassword(candidate, candidate.PasswordHash, request.Password!)))
            .Where(match => match.Verdict != PasswordVerificationResult.Failed)
            .ToList();
        if (matches.Count == 0)
        {
            return Problems.Status(StatusCodes.Status401Unauthorized, "Login failed", detail: "The email or the password is wrong.");
        }
        if (matches.Count > 1)
        {
            // Only someone holding the password of every one of these accounts learns they exist.
            return Problems.Status(StatusCodes.Status409Conflict, "Tenant required",
                detail: "This email and password belong to users of several tenants: send tenantId too.");
        }
        var (user, verdict) = matches[0];
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, request.Password!);
        }
        return TypedResults.Ok(await tokens.IssueAsync(user, cancellationToken));
    }

    public static async Task<Results<NoContent, ValidationProblem>> LogoutAsync(
        LogoutRequest request, ClaimsPrincipal caller, TokenService tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["refreshToken"] = ["Refresh token is required."] });
        }
        // Unknown or someone else's token: nothing to end, and nothing to tell about it.
        if (Guid.TryParse(caller.FindFirstValue(AdFluxClaims.Subject), out var userId))
        {
            await tokens.RevokeFamilyAsync(request.RefreshToken, userId, cancellationToken);
        }
        return TypedResults.NoContent();
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
