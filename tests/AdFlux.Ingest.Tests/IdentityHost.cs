using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;

namespace AdFlux.Ingest.Tests;

/// <summary>Identity on its own database, bootstrapping tenant A: it issues the matrix's tokens and checks ingest's API keys.</summary>
public sealed class IdentityHost(IsolatedResources resources)
    : ServiceFactory<AdFlux.Identity.Program>(ResourceNames.Identity, resources, services => services.TrustTestSigningKey())
{
    public const string AdminAEmail = "admin@ingest-a.test";
    public const string AdminBEmail = "admin@ingest-b.test";
    public const string Password = "correct horse battery";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:Bootstrap:TenantName", "Ingest A");
        builder.UseSetting("Identity:Bootstrap:AdminEmail", AdminAEmail);
        builder.UseSetting("Identity:Bootstrap:AdminPassword", Password);
    }
}
