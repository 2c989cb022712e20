namespace AdFlux.Ads.Api;

/// <summary>
/// The multipart form of <c>POST /api/ads/candidates/import</c>: the CSV as the <c>file</c> field and the
/// client profile as <c>clientProfileId</c> (or in the query).
/// </summary>
public sealed record CandidatesForm(IFormFile File, Guid ClientProfileId);
