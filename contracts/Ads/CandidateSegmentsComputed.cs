namespace AdFlux.Contracts.Ads;

public sealed record CandidateSegmentsComputed(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid JobAdId, IReadOnlyDictionary<string, int> SegmentCounts) : IIntegrationEvent;
