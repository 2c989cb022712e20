using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using Microsoft.AspNetCore.Hosting;

namespace AdFlux.Gateway.Tests.Support;

/// <summary>The real identity service with a bootstrapped first tenant and admin.</summary>
public class IdentityFactory(IsolatedResources resources) : ServiceFactory<AdFlux.Identity.Program>(ResourceNames.Identity, resources)
{
    public const string TenantName = "Gateway Test Label";
    public const string AdminEmail = "admin@gateway.test";
    public const string AdminPassword = "correct horse battery staple";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:Bootstrap:TenantName", TenantName);
        builder.UseSetting("Identity:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Identity:Bootstrap:AdminPassword", AdminPassword);
    }
}
