using AdFlux.Contracts.MlDetection;

namespace AdFlux.MlDetection.Compliance;

/// <summary>The <see cref="ComplianceScored"/> event of a result, the same whether the API or the bus asked.</summary>
public static class ComplianceScoredEvent
{
    public static ComplianceScored Of(Guid tenantId, DateTimeOffset now, string subjectType, Guid subjectId, ComplianceResult result, Guid? imageId) => new(
        Guid.CreateVersion7(), tenantId, now, subjectType, subjectId, result.Score,
        result.Parts.ToDictionary(p => p.Name, p => p.Score), result.Parts.ToDictionary(p => p.Name, p => p.Reason), imageId);
}
