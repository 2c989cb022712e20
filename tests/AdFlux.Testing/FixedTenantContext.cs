using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Testing;

/// <summary>A caller fixed by the test (a tenant, admin or not), for code exercised outside an HTTP request.</summary>
public sealed record FixedTenantContext(Guid? TenantId, bool IsAdmin = true, IReadOnlySet<Guid>? ClientProfileScope = null) : ITenantContext;
