namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// A brief: what to make (platforms, formats, copy parts), by when, optionally for a campaign of the same
/// client profile and for a video clip (video's clip id), whose rendered variants then arrive as the request's video assets.
/// </summary>
public sealed record RequestBody(
    Guid? ClientProfileId,
    Guid? CampaignId,
    string? Title,
    string? Brief,
    IReadOnlyList<string>? Platforms,
    IReadOnlyList<string>? Formats,
    IReadOnlyList<string>? CopyNeeds,
    DateTimeOffset? DueAt,
    Guid? ClipId = null);
