using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.WebhookIngest.Benchmark;

/// <summary>A real AdFlux Program on Kestrel at <paramref name="url"/> (port 0: any free one), Production environment, warnings only.</summary>
public sealed class KestrelHost<TProgram> : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly string _url;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KestrelHost(string serviceName, string url, IReadOnlyDictionary<string, string?> settings)
    {
        (_url, _settings) = (url, new Dictionary<string, string?>(settings) { ["OTEL_SERVICE_NAME"] = serviceName });
        // UseKestrel(0) throws when the app's Kestrel binds first (dotnet/aspnetcore#67714): bind through the app's URLs.
        UseKestrel();
        StartServer();
        Url = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri Url { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseUrls(_url);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddSingleton<ISigningKeySource, TestKeyOnly>());
    }
}
