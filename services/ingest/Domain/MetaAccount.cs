using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ingest.Domain;

/// <summary>
/// A Facebook page, Instagram account or ad account registered by a tenant (table <c>meta_accounts</c>).
/// Meta's webhooks carry no AdFlux credentials: the entry's account id is how a delivery finds its tenant and client profile.
/// </summary>
public sealed class MetaAccount : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    /// <summary>The page id, Instagram user id or ad account id (without <c>act_</c>) Meta puts in <c>entry[].id</c>; unique across tenants.</summary>
    public required string AccountId { get; set; }

    /// <summary><c>page</c>, <c>instagram</c> or <c>ad_account</c>.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
