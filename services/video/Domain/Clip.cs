using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>A proposed cut of a source video for one platform length rule.</summary>
public sealed class Clip : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid VideoId { get; set; }

    public Guid JobId { get; set; }

    /// <summary>The platform rule's target length in seconds (e.g. 15, 30, 60).</summary>
    public int TargetSeconds { get; set; }

    public int Rank { get; set; }

    public double StartSeconds { get; set; }

    public double EndSeconds { get; set; }

    /// <summary>Seed 001's score in [0,1].</summary>
    public double VisualScore { get; set; }

    public required string Reason { get; set; }

    /// <summary>How the clip starts (<see cref="CutAnalysis.StartTypes"/>): chorus, phrase, bar, scene cut, pause, video start.</summary>
    public string StartType { get; set; } = CutAnalysis.StartTypes.Other;

    public string? ThumbnailKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
