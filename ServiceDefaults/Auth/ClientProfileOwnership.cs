using Microsoft.AspNetCore.Http;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Whether a client profile named in a request belongs to the caller's tenant. Identity owns client
/// profiles, so a service asks it with the caller's own credentials (<see cref="CallerCredentials"/>).
/// </summary>
public sealed class ClientProfileOwnership(IHttpClientFactory clients, IHttpContextAccessor accessor)
{
    public Task<bool> BelongsToCallerAsync(Guid clientProfileId, CancellationToken cancellationToken) =>
        clients.IdentityShowsCallerAsync(accessor.HttpContext, $"/api/identity/client-profiles/{clientProfileId}", cancellationToken);
}
