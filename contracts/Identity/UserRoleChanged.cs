namespace AdFlux.Contracts.Identity;

/// <summary>An admin changed a user's role or client scope; tokens issued before the change are refused by identity.</summary>
public sealed record UserRoleChanged(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Role,
    IReadOnlyList<Guid> ClientProfileIds) : IIntegrationEvent;
