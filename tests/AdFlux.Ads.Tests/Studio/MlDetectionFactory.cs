using AdFlux.MlDetection;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MlProgram = AdFlux.MlDetection.Program;

namespace AdFlux.Ads.Tests.Studio;

/// <summary>
/// The real ml-detection service beside ads, so assets are scored by its real compliance scorer
/// (OCR, faces, colour, logo) with the models from the shared cache (<c>.models/</c>, installed on
/// first use as ml-detection's own tests do); identity's tokens are checked against the matrix world's identity.
/// </summary>
public sealed class MlDetectionFactory(IsolatedResources resources, Func<HttpMessageHandler> identity)
    : ServiceFactory<MlProgram>(ResourceNames.MlDetection, resources)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.RouteIdentityTo(identity);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.TrustTestSigningKey();
            services.PostConfigure<MlDetectionOptions>(options =>
            {
                options.ModelsPath = Path.Combine(RepositoryPaths.Root, ".models");
                options.UserModelsPath = Path.Combine(RepositoryPaths.Root, ".models", "user-ads-tests");
            });
        });
    }
}
