using AdFlux.MlDetection.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.MlDetection.Tests;

/// <summary>
/// The ml-detection service on a fresh database and virtual host, trusting the test signing key,
/// with the shared model cache and a user-model folder holding the tiny YOLOv8 model.
/// </summary>
public sealed class MlService : IAsyncLifetime
{
    public const string TinyModel = "tiny-yolo";

    private IsolatedResources? _resources;

    public ServiceFactory<Program> Factory { get; private set; } = null!;

    public string UserModels { get; } = Path.Combine(Repository.ModelCache, "user-api-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Stands in for the media store video writes sampled frames to.</summary>
    public string MediaRoot { get; } = Path.Combine(Repository.ModelCache, "media-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Where the service keeps analysed uploads.</summary>
    public string ImageStore { get; } = Path.Combine(Repository.ModelCache, "images-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        await YoloV8Tests.DropTinyModelAsync(UserModels, TinyModel);
        var infrastructure = await TestInfrastructure.SharedAsync();
        _resources = await infrastructure.IsolateAsync("mldetection");
        Factory = new ServiceFactory<Program>(ResourceNames.MlDetection, _resources, services =>
        {
            services.TrustTestSigningKey();
            services.PostConfigure<MlDetectionOptions>(options =>
            {
                options.ModelsPath = Repository.ModelCache;
                options.UserModelsPath = UserModels;
                options.MediaRoot = MediaRoot;
                options.ImageStorePath = ImageStore;
            });
        });
        await Factory.Services.GetRequiredService<DatabaseState<MlDetectionDbContext>>().Migrated;
    }

    public HttpClient Client(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task<T> InScopeAsync<T>(Func<MlDetectionDbContext, Task<T>> read)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MlDetectionDbContext>());
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_resources is not null)
        {
            await _resources.DisposeAsync();
        }
        Directory.Delete(UserModels, recursive: true);
        foreach (var folder in new[] { MediaRoot, ImageStore })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
