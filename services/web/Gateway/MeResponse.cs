namespace AdFlux.Web.Gateway;

/// <summary>Identity's <c>GET /api/identity/users/me</c>.</summary>
public sealed record MeResponse(
    Guid? UserId,
    string? Email,
    Guid TenantId,
    string TenantName,
    string Role,
    IReadOnlyList<Guid> ClientProfileIds);
