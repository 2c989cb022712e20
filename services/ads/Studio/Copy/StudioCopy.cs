using AdFlux.Ads.Creatives.Copy;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Copy;

/// <summary>
/// One generation of copy for a content request, kept as its history: the copy per platform (with
/// each platform's flags and reasons), who answered (provider, model, sandbox or not), the tokens
/// and what they cost.
/// </summary>
public sealed class StudioCopy : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public Guid ContentRequestId { get; set; }

    public required string Language { get; set; }

    public required string Provider { get; set; }

    public required string Model { get; set; }

    public bool IsSandbox { get; set; }

    public List<PlatformCopy> Platforms { get; set; } = [];

    public bool Flagged { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    /// <summary>Null when no price is configured for the model; <see cref="CostNote"/> says why.</summary>
    public decimal? Cost { get; set; }

    public string? Currency { get; set; }

    public string? CostNote { get; set; }

    public Guid RequestedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
