using AdFlux.Video.Domain;

namespace AdFlux.Video.Uploads;

/// <summary>A new asset, the tenant's existing asset with the same bytes, or why the file was refused.</summary>
public sealed record UploadOutcome(VideoAsset? Asset, bool Duplicate, string? Problem);
