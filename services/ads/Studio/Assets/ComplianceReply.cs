namespace AdFlux.Ads.Studio.Assets;

/// <summary>ml-detection's compliance answer: the weighted score and its parts (colour, logo, typography, layout).</summary>
public sealed record ComplianceReply(Guid SubjectId, double Score, IReadOnlyList<ComplianceReplyPart> Parts);
