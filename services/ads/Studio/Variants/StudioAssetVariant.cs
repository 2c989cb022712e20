using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Variants;

/// <summary>
/// A stored asset rendered into one platform format (1080x1920, 1080x1080, 1080x1350): the crop it
/// shows, how much it was scaled, and whether ml-detection's regions of interest steered the crop.
/// </summary>
public sealed class StudioAssetVariant : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public Guid AssetId { get; set; }

    public required string Format { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public int CropX { get; set; }

    public int CropY { get; set; }

    public int CropWidth { get; set; }

    public int CropHeight { get; set; }

    /// <summary>How the crop was placed: around the regions, by saliency, or centred (the planner's strategy).</summary>
    public required string CropStrategy { get; set; }

    public bool RegionsInside { get; set; }

    public double ScaleFactor { get; set; }

    public bool Upscaled { get; set; }

    public bool RegionsAvailable { get; set; }

    public int RegionCount { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
