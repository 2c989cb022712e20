using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Workflows;

/// <summary>An approver handing their decision at one step of one round to another user.</summary>
public sealed class ApprovalDelegation : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ContentRequestId { get; set; }

    public int Round { get; set; }

    public int Step { get; set; }

    public Guid FromUserId { get; set; }

    public Guid ToUserId { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }
}
