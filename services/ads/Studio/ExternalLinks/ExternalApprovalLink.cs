using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.ExternalLinks;

/// <summary>
/// A link for an approver without an account: one request, one step of one round, until
/// <see cref="ExpiresAt"/>, once (<see cref="ConsumedAt"/>). The token itself is not stored; its
/// signature covers this row's id, tenant, request, step, round and expiry.
/// </summary>
public sealed class ExternalApprovalLink : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ContentRequestId { get; set; }

    public int Round { get; set; }

    public int Step { get; set; }

    /// <summary>Who the external approver is (a name or an e-mail address), recorded with the decision.</summary>
    public required string ApproverName { get; set; }

    /// <summary>The named approver whose vote the link casts; null for a step any one approver decides.</summary>
    public Guid? OnBehalfOf { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }
}
