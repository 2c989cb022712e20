using AdFlux.ServiceDefaults.Auth;
using Microsoft.Net.Http.Headers;

namespace AdFlux.Ads.Studio.Workflows;

/// <summary>
/// Whether a user id names a user of the caller's tenant. Identity owns users, so a workflow's
/// approvers are checked there with the caller's own credentials: identity answers 404 for
/// another tenant's user, so an approver from another tenant is refused when the workflow is made.
/// </summary>
public sealed class TenantUsers(IHttpClientFactory clients, IHttpContextAccessor accessor)
{
    public async Task<bool> ExistsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var caller = accessor.HttpContext?.Request.Headers
            ?? throw new InvalidOperationException("A user is checked only within a request.");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/users/{userId}");
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
