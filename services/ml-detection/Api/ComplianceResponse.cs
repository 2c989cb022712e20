using AdFlux.MlDetection.Compliance;

namespace AdFlux.MlDetection.Api;

public sealed record ComplianceResponse(Guid SubjectId, double Score, IReadOnlyList<CompliancePart> Parts, double ElapsedMs);
