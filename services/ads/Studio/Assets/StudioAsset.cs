using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Assets;

/// <summary>
/// An image attached to a content request, with its brand-compliance score from ml-detection
/// (colour 25 %, logo 30 %, typography 20 %, layout 25 %) and the reason behind each part.
/// </summary>
public sealed class StudioAsset : IClientProfileScoped
{
    public const string Uploaded = "upload";
    public const string Freepik = "freepik";

    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public Guid ContentRequestId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public required byte[] Content { get; set; }

    public string? Platform { get; set; }

    public double Score { get; set; }

    public double ColourScore { get; set; }

    public required string ColourReason { get; set; }

    public double LogoScore { get; set; }

    public required string LogoReason { get; set; }

    public double TypographyScore { get; set; }

    public required string TypographyReason { get; set; }

    public double LayoutScore { get; set; }

    public required string LayoutReason { get; set; }

    /// <summary>Where the image came from: <see cref="Uploaded"/> or <see cref="Freepik"/>.</summary>
    public string Source { get; set; } = Uploaded;

    /// <summary>The stock licence and credit of an image from Freepik; null for uploads.</summary>
    public StockAttribution? Stock { get; set; }

    public Guid UploadedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
