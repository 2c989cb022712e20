using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AdFlux.Web.Sessions;

/// <summary>The session cookie: encrypted claims (who, role, which session), never a token.</summary>
public static class SessionCookie
{
    public const string Name = "adflux.session";

    /// <summary>Claim naming the server-side <see cref="TokenSession"/>.</summary>
    public const string SessionClaim = "adflux_session";

    public const string TenantNameClaim = "tenant_name";

    /// <summary>A cookie whose session ended (logout, failed refresh, restart) signs its holder out.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        if (store.Find(context.Principal?.FindFirst(SessionClaim)?.Value) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
