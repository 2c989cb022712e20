namespace AdFlux.Ads.Studio.Assets;

/// <summary>ml-detection's <c>POST /api/ml/compliance</c> body: the image (base64), the brand's rules and what is scored.</summary>
public sealed record ComplianceCall(string Image, ComplianceCallRules Rules, Guid SubjectId, string SubjectType);
