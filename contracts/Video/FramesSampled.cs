namespace AdFlux.Contracts.Video;

public sealed record FramesSampled(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid VideoId, Guid JobId, IReadOnlyList<SampledFrame> Frames) : IIntegrationEvent;
