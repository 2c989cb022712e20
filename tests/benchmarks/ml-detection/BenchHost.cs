using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.MlDetection.Benchmarks;

/// <summary>ml-detection on its own database and virtual host, trusting the test signing key, with the shared model cache, logging warnings only.</summary>
public sealed class BenchHost(IsolatedResources resources, string root, string imageStore)
    : ServiceFactory<Program>(ResourceNames.MlDetection, resources, services =>
    {
        services.TrustTestSigningKey();
        services.PostConfigure<MlDetectionOptions>(options =>
        {
            options.ModelsPath = Path.Combine(root, ".models");
            options.ImageStorePath = imageStore;
        });
    })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
