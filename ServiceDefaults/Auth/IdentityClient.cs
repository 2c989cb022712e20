using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>The named <see cref="HttpClient"/> that services use to reach identity (JWKS, API-key checks).</summary>
public static class IdentityClient
{
    public const string Name = "adflux-identity";

    internal static IServiceCollection AddIdentityClient(this IServiceCollection services) =>
        services.AddHttpClient(Name, (provider, client) =>
        {
            var key = ResourceNames.ServiceUrlKey(ResourceNames.Identity);
            var url = provider.GetRequiredService<IConfiguration>()[key];
            if (string.IsNullOrWhiteSpace(url))
            {
                throw new InvalidOperationException(
                    $"Missing configuration '{key}' (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}): the identity service's URL, needed to validate tokens and API keys.");
            }
            client.BaseAddress = new Uri(url);
        }).Services;
}
