using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Copies the caller's own credentials (bearer token or API key) onto a call to another AdFlux
/// service, which then answers exactly as it would to the caller: its tenant filter and its
/// authorization apply, not a service identity's.
/// </summary>
public static class CallerCredentials
{
    public static HttpRequestMessage WithCallerCredentials(this HttpRequestMessage request, HttpContext? caller)
    {
        if (caller?.Request.Headers is not { } headers)
        {
            return request;
        }
        foreach (var header in new[] { HeaderNames.Authorization, AuthSchemes.ApiKeyHeader })
        {
            if (headers.TryGetValue(header, out var value))
            {
                request.Headers.TryAddWithoutValidation(header, value.ToString());
            }
        }
        return request;
    }

    /// <summary>
    /// Whether identity shows the caller the resource at <paramref name="path"/> (e.g. a client profile
    /// or a user): identity's tenant filter answers 404 for another tenant's.
    /// </summary>
    public static async Task<bool> IdentityShowsCallerAsync(this IHttpClientFactory clients, HttpContext? caller, string path, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            throw new InvalidOperationException($"{path} is checked with identity only within a request.");
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, path).WithCallerCredentials(caller);
        using var response = await clients.CreateClient(IdentityClient.Name).SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
        response.EnsureSuccessStatusCode();
        return true;
    }
}
