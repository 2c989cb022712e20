using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Asks identity whether an API key is valid. Positive answers may be reused for
/// <see cref="AuthOptions.ApiKeyCacheDuration"/> (zero by default, so revocation is immediate);
/// negative answers never are, so a key works as soon as it is created.
/// </summary>
public sealed class RemoteApiKeyVerifier(IHttpClientFactory httpClients, IMemoryCache cache, IOptions<AuthOptions> options) : IApiKeyVerifier
{
    public async Task<ApiKeyIdentity?> VerifyAsync(string apiKey, CancellationToken cancellationToken)
    {
        var cacheFor = options.Value.ApiKeyCacheDuration;
        // The raw key never sits in memory longer than the request.
        var cacheKey = cacheFor > TimeSpan.Zero ? "api-key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey))) : null;
        if (cacheKey is not null && cache.TryGetValue(cacheKey, out ApiKeyIdentity? cached))
        {
            return cached;
        }

        using var client = httpClients.CreateClient(IdentityClient.Name);
        using var response = await client.PostAsJsonAsync(ApiKeyVerifyRequest.Path, new ApiKeyVerifyRequest(apiKey), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        var identity = await response.Content.ReadFromJsonAsync<ApiKeyIdentity>(cancellationToken);
        if (identity is not null && cacheKey is not null)
        {
            cache.Set(cacheKey, identity, cacheFor);
        }
        return identity;
    }
}
