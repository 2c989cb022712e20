using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>What the cut analysis found in a video: the inputs of its clip proposals, kept for the API and for re-ranking.</summary>
public sealed class VideoAnalysis : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid VideoId { get; set; }

    public Guid JobId { get; set; }

    public double? TempoBpm { get; set; }

    /// <summary>The <see cref="CutAnalysis.AnalysisResult"/> as JSON.</summary>
    public required string Document { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
