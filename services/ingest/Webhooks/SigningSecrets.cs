using AdFlux.Ingest.Data;
using AdFlux.ServiceDefaults.Secrets;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Webhooks;

/// <summary>The secrets a tenant's source is signed with now: current ones and those still in their rotation overlap.</summary>
public sealed class SigningSecrets(IngestDbContext db, SecretProtector protector, TimeProvider clock)
{
    public const string Purpose = "webhook-secret";

    public async Task<IReadOnlyList<string>> ActiveAsync(Guid tenantId, string source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var scope = WebhookSources.SecretScopeOf(source);
        var blobs = await db.WebhookSecrets.IgnoreQueryFilters([TenantQueryFilters.Tenant]).AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.Source == scope && (s.ExpiresAt == null || s.ExpiresAt > now))
            .Select(s => s.Ciphertext)
            .ToListAsync(cancellationToken);
        return blobs.Select(blob => protector.Unprotect(blob, Purpose)).ToList();
    }
}
