using AdFlux.ServiceDefaults;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Testing.Auth;

/// <summary>The real identity service for a matrix world: bootstraps tenant A and also trusts the test signing key.</summary>
public sealed class MatrixIdentityFactory(IsolatedResources resources, Action<IServiceCollection>? configureServices = null)
    : ServiceFactory<AdFlux.Identity.Program>(ResourceNames.Identity, resources, services =>
    {
        configureServices?.Invoke(services);
        services.TrustTestSigningKey();
    })
{
    public const string TenantAName = "Tenant A";
    public const string TenantBName = "Tenant B";
    public const string AdminAEmail = "admin@tenant-a.test";
    public const string AdminBEmail = "admin@tenant-b.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:Bootstrap:TenantName", TenantAName);
        builder.UseSetting("Identity:Bootstrap:AdminEmail", AdminAEmail);
        builder.UseSetting("Identity:Bootstrap:AdminPassword", MatrixTenants.Password);
    }
}
