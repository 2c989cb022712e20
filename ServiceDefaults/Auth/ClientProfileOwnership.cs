using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Whether a client profile named in a request belongs to the caller's tenant. Identity owns client
/// profiles, so a service asks it with the caller's own credentials: identity's tenant filter answers
/// 404 for another tenant's profile, exactly as it would to the caller.
/// </summary>
public sealed class ClientProfileOwnership(IHttpClientFactory clients, IHttpContextAccessor accessor)
{
    public async Task<bool> BelongsToCallerAsync(Guid clientProfileId, CancellationToken cancellationToken)
    {
        var caller = accessor.HttpContext?.Request.Headers
            ?? throw new InvalidOperationException("A client profile is checked only within a request.");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/client-profiles/{clientProfileId}");
        foreach (var header in new[] { HeaderNames.Authorization, AuthSchemes.ApiKeyHeader })
        {
            if (caller.TryGetValue(header, out var value))
            {
                request.Headers.TryAddWithoutValidation(header, value.ToString());
            }
        }
        using var response = await clients.CreateClient(IdentityClient.Name).SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
        response.EnsureSuccessStatusCode();
        return true;
    }
}
