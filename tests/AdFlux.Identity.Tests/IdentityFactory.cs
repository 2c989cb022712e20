using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Identity.Tests;

/// <summary>Identity on an isolated database, bootstrapping tenant A, trusting the test signing key.</summary>
public sealed class IdentityFactory(IsolatedResources resources, Action<IServiceCollection>? configureServices = null)
    : ServiceFactory<Program>(ResourceNames.Identity, resources, services =>
    {
        configureServices?.Invoke(services);
        services.TrustTestSigningKey();
    })
{
    public const string TenantAName = "Tenant A";
    public const string AdminAEmail = "admin@tenant-a.test";
    public const string Password = "correct horse battery";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:Bootstrap:TenantName", TenantAName);
        builder.UseSetting("Identity:Bootstrap:AdminEmail", AdminAEmail);
        builder.UseSetting("Identity:Bootstrap:AdminPassword", Password);
    }
}
