namespace AdFlux.Identity.Api.Users;

/// <summary>Who the caller is: a user, or (for an API key) the key; always the tenant, role and client scope.</summary>
public sealed record MeResponse(
    Guid? UserId,
    string? Email,
    Guid? ApiKeyId,
    Guid TenantId,
    string TenantName,
    string Role,
    IReadOnlyList<Guid> ClientProfileIds);
