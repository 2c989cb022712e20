using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;

namespace AdFlux.Identity.Tests.Lifecycle;

/// <summary>A second identity host on the world's database, configured with a platform-operator key.</summary>
public sealed class OperatorIdentityFactory(IsolatedResources resources)
    : ServiceFactory<Program>(ResourceNames.Identity, resources, services => services.TrustTestSigningKey())
{
    public const string OperatorKey = "operator-key-for-tests-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:Operator:ApiKey", OperatorKey);
    }
}
