using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AdFlux.Identity.Api.Keys;

/// <summary>Public: the JWKS every service validates access tokens with.</summary>
public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder routes)
    {
        // Directly for services, and under /api/identity for clients that come through the gateway.
        // The direct route is for services on the internal network; the gateway does not serve it, so clients' documents omit it.
        routes.MapGet(JwksSigningKeySource.Path, GetJwksAsync).WithName("Jwks").WithTags("Keys").WithSummary("Published signing keys (JWKS).").AllowAnonymous()
            .ExcludeFromDescription();
        routes.MapGet("/api/identity" + JwksSigningKeySource.Path, GetJwksAsync).WithName("JwksViaGateway").WithTags("Keys").WithSummary("Published signing keys (JWKS).").AllowAnonymous();
        return routes;
    }

    public static async Task<Ok<JwkSet>> GetJwksAsync(SigningKeyRing keys, HttpContext context, CancellationToken cancellationToken)
    {
        await keys.GetSigningCredentialsAsync(cancellationToken);
        context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=60";
        return TypedResults.Ok(JwkSet.From(await keys.GetKeysAsync(null, cancellationToken)));
    }
}
