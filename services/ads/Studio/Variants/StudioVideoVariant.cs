using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Variants;

/// <summary>
/// A platform variant video rendered of the request's clip (video's <c>VariantRendered</c>): which
/// variant of which clip, for which platform, its size and length. The file stays with video.
/// </summary>
public sealed class StudioVideoVariant : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public Guid ContentRequestId { get; set; }

    public Guid VariantId { get; set; }

    public Guid ClipId { get; set; }

    public required string Platform { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public double DurationSeconds { get; set; }

    public DateTimeOffset RenderedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
