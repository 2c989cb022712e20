namespace AdFlux.Contracts.Video;

public sealed record ClipCreated(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid ClipId, Guid VideoId, double StartSeconds, double EndSeconds, double Score) : IIntegrationEvent;
