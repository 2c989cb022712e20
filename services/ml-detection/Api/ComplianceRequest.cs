using AdFlux.MlDetection.Compliance;

namespace AdFlux.MlDetection.Api;

/// <summary>
/// An image to score against a brand's rules, as base64 (<c>image</c>) or by the id of a stored image
/// (<c>imageId</c>: an analysed upload or a sampled frame); <c>SubjectId</c> names what it is (an
/// asset, a creative), else a new id.
/// </summary>
public sealed record ComplianceRequest(string? Image, ComplianceRules? Rules, Guid? SubjectId, string? SubjectType, Guid? ImageId = null);
