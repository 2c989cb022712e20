namespace AdFlux.Identity.Api.Tenants;

public sealed record CreateTenantRequest(string? Name, string? AdminEmail, string? AdminPassword);
