using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>A clip rendered for one platform format (seed 001 §3), verified with ffprobe before it was recorded.</summary>
public sealed class Variant : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClipId { get; set; }

    public Guid VideoId { get; set; }

    public Guid JobId { get; set; }

    /// <summary>"9:16", "1:1" or "4:5".</summary>
    public required string Format { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public double DurationSeconds { get; set; }

    /// <summary>How the frame was fitted: "face-track", "center-crop" or "blur-fit".</summary>
    public required string Reframe { get; set; }

    public required string StorageKey { get; set; }

    public long SizeBytes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
