using System.Security.Cryptography;
using AdFlux.Ingest.Platforms;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Ingest.Tests;

/// <summary>Ingest on its own database and virtual host, asking <paramref name="identity"/> about API keys and also trusting the test signing key.</summary>
public sealed class IngestHost(IsolatedResources resources, IdentityHost identity, WebApplicationFactory<SandboxProgram> sandbox)
    : ServiceFactory<Program>(ResourceNames.Ingest, resources, services => services.TrustTestSigningKey())
{
    public const string MetaAppSecret = "meta-app-secret-for-tests";
    public const string MetaVerifyToken = "meta-verify-token-for-tests";
    public const int MaxBodyBytes = 64 * 1024;
    public static readonly TimeSpan BackoffBase = TimeSpan.FromMinutes(10);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingest:Secrets:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Ingest:Meta:AppSecret", MetaAppSecret);
        builder.UseSetting("Ingest:Meta:VerifyToken", MetaVerifyToken);
        builder.UseSetting("Ingest:Webhooks:MaxBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Ingest:Pulls:PollInterval", "00:00:00.200");
        builder.UseSetting("Ingest:Pulls:BackoffBase", BackoffBase.ToString());
        builder.UseSetting("Resilience:Http:Retry:Delay", "00:00:00.020");
        builder.RouteIdentityTo(() => identity.Server.CreateHandler());
        var root = sandbox.Server.BaseAddress.ToString();
        builder.UseSetting("Ingest:Platforms:GoogleTokenUrl", root + "token");
        builder.UseSetting("Ingest:Platforms:SheetsBaseUrl", root);
        builder.UseSetting("Ingest:Platforms:YouTubeDataBaseUrl", root + "youtube/v3/");
        builder.UseSetting("Ingest:Platforms:YouTubeAnalyticsBaseUrl", root + "v2/");
        builder.UseSetting("Ingest:Platforms:SpotifyAccountsBaseUrl", root + "api/");
        builder.UseSetting("Ingest:Platforms:SpotifyApiBaseUrl", root + "v1/");
        builder.ConfigureServices(services =>
        {
            services.AddHttpClient<PlatformTokens>().ConfigurePrimaryHttpMessageHandler(() => sandbox.Server.CreateHandler());
            services.AddHttpClient<SheetsClient>().ConfigurePrimaryHttpMessageHandler(() => sandbox.Server.CreateHandler());
            services.AddHttpClient<YouTubeClient>().ConfigurePrimaryHttpMessageHandler(() => sandbox.Server.CreateHandler());
            services.AddHttpClient<SpotifyClient>().ConfigurePrimaryHttpMessageHandler(() => sandbox.Server.CreateHandler());
        });
    }
}
