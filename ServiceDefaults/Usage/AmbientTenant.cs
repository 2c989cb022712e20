namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// The tenant the current flow works for, where a scoped <c>ITenantContext</c> cannot be seen: an
/// HTTP client's handlers run in IHttpClientFactory's own scope, not the caller's. Set wherever the
/// tenant becomes known — a request's claims (<see cref="UsageExtensions.UseAmbientTenant"/>), a
/// consumed message or a worker's claimed row (<c>MessageTenant.Set</c>) — and flows with the
/// async call chain below that point.
/// </summary>
public static class AmbientTenant
{
    private static readonly AsyncLocal<Guid?> Tenant = new();

    public static Guid? Current => Tenant.Value;

    public static void Set(Guid? tenantId) => Tenant.Value = tenantId;
}
