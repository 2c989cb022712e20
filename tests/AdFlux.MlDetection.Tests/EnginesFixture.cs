using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AdFlux.MlDetection.Tests;

/// <summary>The detectors over the real installed models (installed into the shared cache on first use), without database or bus.</summary>
public sealed class EnginesFixture : IAsyncLifetime
{
    public ServiceProvider Services { get; private set; } = null!;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public SKBitmap Decode(byte[] bytes) => Get<ImageDecoder>().Decode(bytes, "image");

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Repository.Root, EnvironmentName = "Testing" });
        services.AddSingleton(Options.Create(new MlDetectionOptions { ModelsPath = Repository.ModelCache, UserModelsPath = Path.Combine(Repository.ModelCache, "user-tests") }));
        services.AddMlEngines();
        Services = services.BuildServiceProvider();
        await Get<ModelCatalog>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();
}
