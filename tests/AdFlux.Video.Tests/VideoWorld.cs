using System.Net.Http.Headers;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using AdFlux.Video.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Video.Tests;

/// <summary>A video host on its own database, vhost and media folder, and two tenants with admin and viewer tokens.</summary>
public sealed class VideoWorld : IAsyncLifetime
{
    private readonly (string Key, string Value)[] _settings;
    private readonly Action<IServiceCollection>? _services;

    public VideoWorld()
        : this([])
    {
    }

    internal VideoWorld((string Key, string Value)[] settings, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _services = services;
    }

    public const long MaxSingleRequestBytes = 3 * 1024 * 1024;

    public IsolatedResources Resources { get; private set; } = null!;

    public VideoFactory Factory { get; private set; } = null!;

    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), $"adflux-video-store-{Guid.NewGuid():N}");

    public Guid TenantA { get; } = Guid.NewGuid();

    public Guid TenantB { get; } = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        Resources = await (await TestInfrastructure.SharedAsync()).IsolateAsync("video");
        Factory = new VideoFactory(Resources, StorageRoot, _settings, _services);
        await Factory.Services.GetRequiredService<DatabaseState<VideoDbContext>>().Migrated;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Resources.DisposeAsync();
        if (Directory.Exists(StorageRoot))
        {
            Directory.Delete(StorageRoot, recursive: true);
        }
    }

    public HttpClient Client(string token)
    {
        var client = Factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(3);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient AdminA() => Client(TestTokens.Admin(TenantA));

    public VideoDbContext Db(Guid? tenant = null) =>
        new(MigrationSchema.OptionsFor<VideoDbContext>(Resources.DatabaseConnectionString), new FixedTenantContext(tenant));

    /// <summary>Files in the media store (staging and session areas included).</summary>
    public IReadOnlyList<string> StoredFiles(string? under = null)
    {
        var folder = under is null ? StorageRoot : Path.Combine(StorageRoot, under);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    public sealed class VideoFactory(IsolatedResources resources, string storageRoot, (string Key, string Value)[] settings, Action<IServiceCollection>? extra = null)
        : ServiceFactory<Program>(ResourceNames.Video, resources, services =>
        {
            services.TrustTestSigningKey();
            extra?.Invoke(services);
        })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Video:StorageRoot", storageRoot);
            builder.UseSetting("Video:MaxSingleRequestBytes", MaxSingleRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Video:MaxUploadBytes", (20 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Video:MaxChunkBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Video:MaxConcurrentFfmpeg", "1");
            builder.UseSetting("Video:JobRetryDelay", "00:00:00.200");
            builder.UseSetting("Video:JobPollInterval", "00:00:00.200");
            builder.UseSetting("Messaging:RetryLimit", "2");
            builder.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
            builder.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
            builder.UseSetting("Messaging:RetryIntervalDelta", "00:00:00.050");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
