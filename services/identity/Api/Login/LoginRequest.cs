namespace AdFlux.Identity.Api.Login;

/// <summary><c>TenantId</c> is needed only when the same email and password belong to users of several tenants.</summary>
public sealed record LoginRequest(string? Email, string? Password, Guid? TenantId = null);
