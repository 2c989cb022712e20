namespace AdFlux.Identity.Api.Tenants;

public sealed record CreatedTenantResponse(Guid TenantId, string Name, Guid AdminUserId, string AdminEmail, DateTimeOffset CreatedAt);
