namespace AdFlux.Identity.Tenants;

/// <summary>The first tenant and its admin, created on first start when all three are set (<c>Identity:Bootstrap</c>).</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Identity:Bootstrap";

    public string? TenantName { get; set; }

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(TenantName) && !string.IsNullOrWhiteSpace(AdminEmail) && !string.IsNullOrWhiteSpace(AdminPassword);
}
