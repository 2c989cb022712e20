using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// Bearer access tokens (keys from identity's JWKS) and <c>X-Api-Key</c> (checked by
    /// identity); every endpoint requires an authenticated caller unless it says
    /// <c>.AllowAnonymous()</c>; <see cref="Policies.Admin"/> requires role admin.
    /// Identity replaces <see cref="ISigningKeySource"/> and <see cref="IApiKeyVerifier"/> with
    /// its own database; tests add a trusted test key.
    /// </summary>
    public static IServiceCollection AddDefaultAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        services.AddIdentityClient();
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ISigningKeySource, JwksSigningKeySource>();
        services.TryAddScoped<IApiKeyVerifier, RemoteApiKeyVerifier>();
        services.TryAddSingleton<AccessTokenValidator>();
        services.TryAddScoped<MessageTenant>();
        services.TryAddScoped<ITenantContext, ClaimsTenantContext>();

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Access token or API key", scheme => scheme.ForwardDefaultSelector =
                context => context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader) ? AuthSchemes.ApiKey : AuthSchemes.Bearer)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AuthSchemes.Bearer, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(AuthSchemes.ApiKey, null);

        var authenticated = new AuthorizationPolicyBuilder(AuthSchemes.Default).RequireAuthenticatedUser().Build();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(authenticated)
            // A service cannot forget to protect an endpoint: public ones say .AllowAnonymous().
            .SetFallbackPolicy(authenticated)
            .AddPolicy(Policies.Admin, policy => policy
                .AddAuthenticationSchemes(AuthSchemes.Default)
                .RequireAuthenticatedUser()
                .RequireClaim(AdFluxClaims.Role, Roles.Admin));
        return services;
    }
}
