using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>
/// A campaign of one client profile on one platform, and its publication: each platform id is
/// stored as soon as the platform returns it, before the next step, so a publication that stops
/// half-way resumes without creating anything twice. Workers lease publishing campaigns from the
/// database (<see cref="LeaseOwner"/>, <see cref="LeaseExpiresAt"/>).
/// </summary>
public sealed class Campaign : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public required string Name { get; set; }

    public required string Objective { get; set; }

    public required string Platform { get; set; }

    public BudgetKind BudgetKind { get; set; }

    /// <summary>In minor units of <see cref="Currency"/>.</summary>
    public long BudgetMinor { get; set; }

    public required string Currency { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>The job this campaign advertises (a job ad): on Meta it runs in the EMPLOYMENT special ad category.</summary>
    public Guid? JobAdId { get; set; }

    public CampaignStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Google's campaign budget resource name (Meta keeps the budget on the campaign).</summary>
    public string? ExternalBudgetId { get; set; }

    public string? ExternalCampaignId { get; set; }

    public int PublishAttempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public PublishStep? FailedStep { get; set; }

    public string? PlatformErrorCode { get; set; }

    public string? LastError { get; set; }

    /// <summary>After a failure: whether everything created before it was paused or removed on the platform.</summary>
    public bool? Compensated { get; set; }

    public List<AdSet> AdSets { get; set; } = [];

    public bool IsDraft => Status is CampaignStatus.Draft or CampaignStatus.Failed;
}
