using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Gateway.Benchmark;

/// <summary>A real AdFlux Program on Kestrel at a fixed loopback port, Production environment, quiet logs, trusting the benchmark's key.</summary>
public sealed class BenchHost<TProgram>(int port, BenchSigningKey key, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public void Start()
    {
        // Outside a test project there is no MvcTestingAppManifest.json: point the factory at the output folder.
        var assembly = typeof(TProgram).Assembly.GetName().Name!.ToUpperInvariant().Replace('.', '_');
        Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{assembly}", AppContext.BaseDirectory);
        UseKestrel(options => options.ListenLocalhost(port));
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ISigningKeySource>(key);
            configure?.Invoke(services);
        });
    }

    public static async Task<BenchHost<AdFlux.Ingest.Program>> IngestAsync(int port, BenchSigningKey key)
    {
        var resources = await (await TestInfrastructure.SharedAsync()).IsolateAsync("bench");
        var host = new BenchHost<AdFlux.Ingest.Program>(port, key, new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ResourceNames.DatabaseOf(ResourceNames.Ingest)}"] = resources.DatabaseConnectionString,
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = resources.MessagingConnectionString,
            ["OTEL_SERVICE_NAME"] = ResourceNames.Ingest,
        }, services => services.AddSingleton<IStartupFilter, BenchEndpoint>());
        host.Start();
        return host;
    }
}
