namespace AdFlux.Contracts.Video;

public sealed record VideoUploaded(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid VideoId, Guid? ClientProfileId, string FileName, long SizeBytes, double DurationSeconds) : IIntegrationEvent;
