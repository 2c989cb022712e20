using System.Security.Cryptography;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;

namespace AdFlux.Ingest.Tests;

/// <summary>Ingest on its own database and virtual host, asking <paramref name="identity"/> about API keys and also trusting the test signing key.</summary>
public sealed class IngestHost(IsolatedResources resources, IdentityHost identity)
    : ServiceFactory<Program>(ResourceNames.Ingest, resources, services => services.TrustTestSigningKey())
{
    public const string MetaAppSecret = "meta-app-secret-for-tests";
    public const string MetaVerifyToken = "meta-verify-token-for-tests";
    public const int MaxBodyBytes = 64 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingest:Secrets:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Ingest:Meta:AppSecret", MetaAppSecret);
        builder.UseSetting("Ingest:Meta:VerifyToken", MetaVerifyToken);
        builder.UseSetting("Ingest:Webhooks:MaxBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.RouteIdentityTo(() => identity.Server.CreateHandler());
    }
}
