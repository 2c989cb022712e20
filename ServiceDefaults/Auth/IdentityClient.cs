using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// The named <see cref="HttpClient"/> that services use to reach identity (JWKS, API-key
/// checks), by name: service discovery resolves <c>https+http://identity</c> from
/// <c>services:identity:…</c>.
/// </summary>
public static class IdentityClient
{
    public const string Name = "adflux-identity";

    internal static IServiceCollection AddIdentityClient(this IServiceCollection services) =>
        services.AddHttpClient(Name, client => client.BaseAddress = ResourceNames.ServiceAddress(ResourceNames.Identity)).Services;
}
