using AdFlux.Contracts;

namespace AdFlux.ServiceDefaults.Tests.ConsumerTenancy;

/// <summary>A test-only integration event: its consumer lists the notes it can see.</summary>
public sealed record NotesRequested(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt) : IIntegrationEvent;
