using AdFlux.Identity.Data;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.ApiKeys;

/// <summary>
/// Identity's own check of an API key, straight against its table: used for keys sent to
/// identity and by the internal verify endpoint the other services call.
/// </summary>
public sealed class DatabaseApiKeyVerifier(IdentityDbContext db, TimeProvider clock) : IApiKeyVerifier
{
    // Last-used time is informational: at most one write a minute per key.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<ApiKeyIdentity?> VerifyAsync(string apiKey, CancellationToken cancellationToken)
    {
        if (!ApiKeyFormat.TryParse(apiKey, out var id, out var secret))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var key = await db.ApiKeys.IgnoreQueryFilters([TenantQueryFilters.Tenant]).AsNoTracking()
            .SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (key is null || key.RevokedAt is not null || key.ExpiresAt <= now || !SecretHash.Matches(secret, key.SecretHash))
        {
            return null;
        }
        var staleBefore = now - LastUsedResolution;
        await db.ApiKeys.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .Where(candidate => candidate.Id == id && (candidate.LastUsedAt == null || candidate.LastUsedAt < staleBefore))
            .ExecuteUpdateAsync(set => set.SetProperty(candidate => candidate.LastUsedAt, now), cancellationToken);
        return new ApiKeyIdentity(key.Id, key.TenantId, key.Role, key.ClientProfileIds);
    }
}
