using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ingest.Domain;

/// <summary>How many deliveries of a tenant's source were refused for one reason within one hour (table <c>webhook_rejections</c>).</summary>
public sealed class WebhookRejectionCount : ITenantOwned
{
    public Guid TenantId { get; set; }

    public required string Source { get; set; }

    public required string Reason { get; set; }

    /// <summary>Start of the UTC hour counted.</summary>
    public DateTimeOffset Hour { get; set; }

    public long Count { get; set; }

    public DateTimeOffset LastAt { get; set; }
}
