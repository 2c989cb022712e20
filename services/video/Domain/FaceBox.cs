using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>A face ml-detection found in one sampled frame of a video; the box is normalised to 0..1 of the frame.</summary>
public sealed class FaceBox : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid VideoId { get; set; }

    /// <summary>The sampled frame (the detection's subject id).</summary>
    public Guid FrameId { get; set; }

    public double AtSeconds { get; set; }

    public double X { get; set; }

    public double Y { get; set; }

    public double Width { get; set; }

    public double Height { get; set; }

    public double Confidence { get; set; }

    public required string Model { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
