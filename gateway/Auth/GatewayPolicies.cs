using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace AdFlux.Gateway.Auth;

/// <summary>Authorization policies of the gateway's own routes (the services apply theirs again).</summary>
public static class GatewayPolicies
{
    /// <summary>YARP's name for the default policy: an authenticated caller (access token or API key).</summary>
    public const string Caller = "default";

    /// <summary>YARP's name for "no authorization": login, refresh, JWKS, OpenAPI documents.</summary>
    public const string Public = "anonymous";

    /// <summary>
    /// Webhooks: platforms prove themselves with signatures that ingest verifies, so no
    /// credentials is fine; but an <c>X-Api-Key</c> or bearer token that is sent must be valid.
    /// </summary>
    public const string Machine = "machine";

    public static AuthorizationBuilder AddGatewayPolicies(this AuthorizationBuilder authorization) =>
        authorization.AddPolicy(Machine, policy => policy
            .AddAuthenticationSchemes(AuthSchemes.Default)
            .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true || !SendsCredentials(context.Resource)));

    private static bool SendsCredentials(object? resource) =>
        resource is HttpContext http
        && (http.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader) || http.Request.Headers.Authorization.Count > 0);
}
