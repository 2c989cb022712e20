using AdFlux.Contracts.Usage;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>A call waiting in <see cref="ExternalCallBuffer"/> to be written to the outbox for its tenant.</summary>
public sealed record RecordedCall(Guid TenantId, ExternalApiCall Call);
