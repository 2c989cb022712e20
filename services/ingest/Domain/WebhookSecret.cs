using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ingest.Domain;

/// <summary>
/// A signing secret of a tenant's webhook source (table <c>webhook_secrets</c>), encrypted at
/// rest. While a tenant has an unexpired secret for a source, that source's deliveries must be signed.
/// </summary>
public sealed class WebhookSecret : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>A webhook source; all <c>n8n/&lt;workflow&gt;</c> sources share the source <c>n8n</c>.</summary>
    public required string Source { get; set; }

    public required byte[] Ciphertext { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Null while current; set when a rotation or revocation retires it (after the overlap).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
