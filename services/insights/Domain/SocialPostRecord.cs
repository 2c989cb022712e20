using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// A client profile's social post as the Sheets "Posts" tab last reported it (table
/// <c>social_posts</c>), keyed by its URL; counts are replaced by each newer report. The daily
/// reports read the posts that arrived after their last run.
/// </summary>
public sealed class SocialPostRecord : IClientProfileScoped
{
    public long Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public required string PostUrl { get; set; }

    public required string Platform { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Content { get; set; }

    public long Likes { get; set; }

    public long CommentsCount { get; set; }

    public long Shares { get; set; }

    public long? Views { get; set; }

    /// <summary>When insights first heard of the post.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
