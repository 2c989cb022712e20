using System.Net.Http.Headers;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing.Auth;

namespace AdFlux.Gateway.Tests.Support;

public static class Callers
{
    /// <summary>Sends an admin access token of <paramref name="tenantId"/> (a fresh tenant if none), signed with the test key.</summary>
    public static HttpClient AsTenant(this HttpClient client, Guid? tenantId = null)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin(tenantId ?? Guid.NewGuid()));
        return client;
    }

    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient WithApiKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Add(AuthSchemes.ApiKeyHeader, key);
        return client;
    }
}
