namespace AdFlux.Identity.Tenants;

/// <summary>The first tenant and its admin, created on first start when all three are set (<c>Identity:Bootstrap</c>).</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Identity:Bootstrap";

    public string? TenantName { get; set; }

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>
    /// Optional: a whole API key (<c>afx_&lt;id&gt;_&lt;secret&gt;</c>) the first tenant holds from the
    /// start. The AppHost generates one locally for the platform sandbox's webhooks, so data flows on first run.
    /// </summary>
    public string? ApiKey { get; set; }

    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(TenantName) && !string.IsNullOrWhiteSpace(AdminEmail) && !string.IsNullOrWhiteSpace(AdminPassword);
}
