using System.Security.Claims;
using AdFlux.Identity.Data;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace AdFlux.Identity.Users;

/// <summary>
/// Identity's own endpoints refuse a user's access token at once when the user was deleted,
/// deactivated, or had its role or scope changed since the token was issued (its <c>sver</c> is
/// behind). Other services honour the token until it expires (<c>Identity:AccessTokenLifetime</c>).
/// </summary>
public sealed class ActiveUserCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IdentityDbContext db)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
            && context.User is { Identity.IsAuthenticated: true } caller
            && caller.FindFirstValue(AdFluxClaims.ApiKeyId) is null
            && Guid.TryParse(caller.FindFirstValue(AdFluxClaims.Subject), out var userId))
        {
            var tokenVersion = int.TryParse(caller.FindFirstValue(IdentityClaims.SecurityVersion), out var version) ? version : 0;
            var current = await db.Users.IgnoreQueryFilters([TenantQueryFilters.Tenant]).AsNoTracking()
                .Where(user => user.Id == userId)
                .Select(user => new { user.DeactivatedAt, user.SecurityVersion })
                .SingleOrDefaultAsync(context.RequestAborted);
            if (current is null || current.DeactivatedAt is not null || current.SecurityVersion != tokenVersion)
            {
                await RefuseAsync(context);
                return;
            }
        }
        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Authentication required",
                Detail = "The user was deactivated, deleted or changed since this token was issued: log in again.",
            },
        });
    }
}
