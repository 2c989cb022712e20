using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Workflows;

/// <summary>
/// A tenant's ordered approval steps (seed 003 §4). A workflow is not edited once made: requests
/// in review point at it, so a new policy is a new workflow (made the default).
/// </summary>
public sealed class ApprovalWorkflow : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    public bool IsDefault { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ApprovalStep> Steps { get; set; } = [];
}
