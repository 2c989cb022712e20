using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>A validated source video; one per tenant and content hash (the same file uploaded twice is the same asset).</summary>
public sealed class VideoAsset : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid? ClientProfileId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    public required string StorageKey { get; set; }

    public required string Container { get; set; }

    public required string VideoCodec { get; set; }

    public string? AudioCodec { get; set; }

    public double DurationSeconds { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public double FramesPerSecond { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
