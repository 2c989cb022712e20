namespace AdFlux.ServiceDefaults.Tenancy;

/// <summary>
/// Who the current caller is, tenant-wise: from the access token or API key in a request,
/// or from the message's <c>TenantId</c> in a consumer. Every query is filtered by it.
/// </summary>
public interface ITenantContext
{
    /// <summary>Null when nobody is authenticated (then tenant-owned queries return nothing).</summary>
    Guid? TenantId { get; }

    bool IsAdmin { get; }

    /// <summary>For a viewer limited to some client profiles, those ids; null means all of the tenant's.</summary>
    IReadOnlySet<Guid>? ClientProfileScope { get; }
}
