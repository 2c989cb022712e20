using AdFlux.Web.Gateway;
using Microsoft.AspNetCore.Http.HttpResults;
using AdFlux.Web.Sessions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;

namespace AdFlux.Web.Account;

/// <summary>Logout and the language switch: plain HTTP endpoints, as they change cookies.</summary>
public static class AccountEndpoints
{
    public const string LoginPath = "/login";
    public const string DeniedPath = "/denied";
    public const string LogoutPath = "/logout";
    public const string CulturePath = "/culture";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(LogoutPath, LogoutAsync).RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute())
            .WithName("Logout").ExcludeFromDescription();
        endpoints.MapGet(CulturePath, SetCulture).AllowAnonymous().WithName("SetCulture").ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Revokes the refresh token's family at identity, forgets the tokens, clears the cookie.</summary>
    public static async Task<RedirectHttpResult> LogoutAsync(HttpContext context, SessionStore sessions, IdentitySessions identity, CancellationToken cancellationToken)
    {
        if (sessions.Find(context.User.FindFirst(SessionCookie.SessionClaim)?.Value) is { } session)
        {
            sessions.Remove(session.Id);
            await identity.LogoutAsync(session.Tokens, cancellationToken);
        }
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect(LoginPath);
    }

    /// <summary><c>GET /culture?name=es&amp;returnUrl=/</c>: remembers the language in a cookie; the next page load uses it.</summary>
    public static RedirectHttpResult SetCulture(HttpContext context, string? name, string? returnUrl)
    {
        if (name is not null && Localization.TextLocalizer.Cultures.Contains(name))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        return TypedResults.LocalRedirect(LocalUrl(returnUrl));
    }

    /// <summary>Only paths of this site: an open redirect would let a link send signed-in users anywhere.</summary>
    public static string LocalUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
