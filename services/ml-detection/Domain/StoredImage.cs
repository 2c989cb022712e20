using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.MlDetection.Domain;

/// <summary>
/// An image the service can analyse again by id (<c>ml_images</c>): an upload it analysed, kept in
/// its own image store, or a frame video sampled, read from the shared media store. Its id is the
/// <c>image_id</c> of its <c>ml_detections</c> rows.
/// </summary>
public sealed class StoredImage : ITenantOwned
{
    public const string Upload = "upload";
    public const string Frame = "frame";

    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    /// <summary><see cref="Upload"/> or <see cref="Frame"/>: which store <see cref="StorageKey"/> is relative to.</summary>
    public required string Source { get; init; }

    public required string StorageKey { get; init; }

    public Guid? VideoId { get; init; }

    public double? AtSeconds { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
