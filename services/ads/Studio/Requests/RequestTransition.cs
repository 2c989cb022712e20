using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Requests;

/// <summary>One change of a request's state: from what, to what, who (a user, an external approver's link, or nobody for the system) and why.</summary>
public sealed class RequestTransition : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ContentRequestId { get; set; }

    /// <summary>Order within the request: several transitions can share one instant (changes requested, then back to draft).</summary>
    public int Sequence { get; set; }

    public required string FromStatus { get; set; }

    public required string ToStatus { get; set; }

    public Guid? ActorUserId { get; set; }

    /// <summary>"user", "external" (a signed link), "auto" (compliance score) or "system" (escalation, changes requested).</summary>
    public required string Via { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }
}
