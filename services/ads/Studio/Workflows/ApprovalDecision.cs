using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Workflows;

/// <summary>
/// A decision at one step of one round: who decided (<see cref="DeciderUserId"/>, null for an
/// external link or the score), whose vote it is (<see cref="OnBehalfOf"/>: the approver, or the
/// one who delegated), how ("user", "delegate", "escalation", "external", "auto") and why.
/// </summary>
public sealed class ApprovalDecision : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ContentRequestId { get; set; }

    public int Round { get; set; }

    public int Step { get; set; }

    public Guid? DeciderUserId { get; set; }

    public Guid? OnBehalfOf { get; set; }

    public required string Via { get; set; }

    public required string Kind { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; }
}
