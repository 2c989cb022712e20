namespace AdFlux.MlDetection.Compliance;

/// <summary>Seed 003's brand-compliance score: colour 25 %, logo 30 %, typography 20 %, layout 25 %.</summary>
public sealed record ComplianceResult(double Score, IReadOnlyList<CompliancePart> Parts);
