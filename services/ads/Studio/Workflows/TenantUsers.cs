using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Ads.Studio.Workflows;

/// <summary>
/// Whether a user id names a user of the caller's tenant. Identity owns users, so a workflow's
/// approvers are checked there with the caller's own credentials: identity answers 404 for
/// another tenant's user, so an approver from another tenant is refused when the workflow is made.
/// </summary>
public sealed class TenantUsers(IHttpClientFactory clients, IHttpContextAccessor accessor)
{
    public Task<bool> ExistsAsync(Guid userId, CancellationToken cancellationToken) =>
        clients.IdentityShowsCallerAsync(accessor.HttpContext, $"/api/identity/users/{userId}", cancellationToken);
}
