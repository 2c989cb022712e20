using System.Security.Claims;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Web.Gateway;
using AdFlux.Web.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AdFlux.Web.Account;

/// <summary>Password login through identity: tokens go to the <see cref="SessionStore"/>, the cookie gets who and which session.</summary>
public sealed class SignIn(IdentitySessions identity, SessionStore sessions)
{
    /// <summary>Null on success, else the problem identity reported.</summary>
    public async Task<ApiProblem?> SignInAsync(HttpContext context, string? email, string? password, CancellationToken cancellationToken)
    {
        var login = await identity.LoginAsync(email, password, cancellationToken);
        if (!login.IsOk)
        {
            return login.Problem;
        }
        var me = await identity.MeAsync(login.Value!.AccessToken, cancellationToken);
        if (!me.IsOk)
        {
            return me.Problem;
        }
        var session = sessions.Create(login.Value);
        var user = me.Value!;
        List<Claim> claims =
        [
            new(ClaimTypes.Name, user.Email ?? ""),
            new(AdFluxClaims.Role, user.Role),
            new(AdFluxClaims.TenantId, user.TenantId.ToString()),
            new(SessionCookie.TenantNameClaim, user.TenantName),
            new(SessionCookie.SessionClaim, session.Id),
            .. user.ClientProfileIds.Select(id => new Claim(AdFluxClaims.ClientProfileId, id.ToString())),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, AdFluxClaims.Role));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return null;
    }
}
