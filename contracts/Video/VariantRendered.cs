namespace AdFlux.Contracts.Video;

public sealed record VariantRendered(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid VariantId, Guid ClipId, string Platform, int Width, int Height, double DurationSeconds) : IIntegrationEvent;
