namespace AdFlux.Contracts.Video;

public sealed record PlatformRulesProposed(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, string Platform, IReadOnlyDictionary<string, string> Rules, string Reason) : IIntegrationEvent;
