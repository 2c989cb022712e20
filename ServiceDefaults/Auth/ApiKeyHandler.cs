using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Machine callers: <c>X-Api-Key</c> checked by the registered <see cref="IApiKeyVerifier"/>.</summary>
public sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? apiKey = Request.Headers[AuthSchemes.ApiKeyHeader];
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return AuthenticateResult.NoResult();
        }
        var verifier = Context.RequestServices.GetRequiredService<IApiKeyVerifier>();
        var key = await verifier.VerifyAsync(apiKey.Trim(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(ToIdentity(key, Scheme.Name)), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await AuthProblems.UnauthorizedAsync(Context, result.Failure?.Message);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AuthProblems.ForbiddenAsync(Context);

    public static ClaimsIdentity ToIdentity(ApiKeyIdentity key, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, AdFluxClaims.Subject, AdFluxClaims.Role);
        identity.AddClaim(new Claim(AdFluxClaims.Subject, "api-key:" + key.ApiKeyId));
        identity.AddClaim(new Claim(AdFluxClaims.ApiKeyId, key.ApiKeyId.ToString()));
        identity.AddClaim(new Claim(AdFluxClaims.TenantId, key.TenantId.ToString()));
        identity.AddClaim(new Claim(AdFluxClaims.Role, key.Role));
        identity.AddClaims(key.ClientProfileIds.Select(id => new Claim(AdFluxClaims.ClientProfileId, id.ToString())));
        return identity;
    }
}
