using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;

namespace AdFlux.Insights.Benchmarks;

/// <summary>Insights on its own database and virtual host, trusting the test signing key, logging warnings only.</summary>
public sealed class BenchHost(IsolatedResources resources)
    : ServiceFactory<Program>(ResourceNames.Insights, resources, services => services.TrustTestSigningKey())
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
