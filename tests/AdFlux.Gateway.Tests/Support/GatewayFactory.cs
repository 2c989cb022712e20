using AdFlux.ServiceDefaults;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AdFlux.Gateway.Tests.Support;

/// <summary>
/// The gateway on real Kestrel (loopback, free port), fronting the given service URLs, with
/// extra settings; it trusts identity's keys and the test signing key.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<AdFlux.Gateway.Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GatewayFactory(IReadOnlyDictionary<string, Uri> services, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = services.ToDictionary(pair => ResourceNames.ServiceUrlKey(pair.Key), pair => (string?)pair.Value.ToString());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        _settings = all;
        // UseKestrel(0) rewrites the server's addresses after the app has started Kestrel on its own
        // thread, and throws when Kestrel binds first (dotnet/aspnetcore#67714): bind a free
        // loopback port through the app's own URLs instead.
        UseKestrel();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OTEL_SERVICE_NAME", ResourceNames.Gateway);
        builder.UseUrls("http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.TrustTestSigningKey());
    }
}
