using AdFlux.MlDetection.Compliance;

namespace AdFlux.MlDetection.Api;

/// <summary>An image (base64) to score against a brand's rules; <c>SubjectId</c> names what it is (an asset, a creative), else a new id.</summary>
public sealed record ComplianceRequest(string? Image, ComplianceRules? Rules, Guid? SubjectId, string? SubjectType);
