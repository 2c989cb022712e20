using System.Diagnostics;
using AdFlux.Identity.Tenants;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace AdFlux.Gateway.Tests.Support;

/// <summary>
/// The real ingest and identity services (each with its own database and virtual host) on
/// Kestrel, for gateways to proxy to over real ports; shared by the gateway test classes.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    private IsolatedResources _ingestResources = null!;
    private IsolatedResources _identityResources = null!;
    private ServiceFactory<AdFlux.Ingest.Program> _ingest = null!;
    private IdentityFactory _identity = null!;

    public ActivityCollector Activities { get; } = new();

    public Uri IngestUrl { get; private set; } = null!;

    public Uri IdentityUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.SharedAsync();
        _ingestResources = await infrastructure.IsolateAsync("gateway_ingest");
        _identityResources = await infrastructure.IsolateAsync("gateway_identity");
        _ingest = new ServiceFactory<AdFlux.Ingest.Program>(ResourceNames.Ingest, _ingestResources, services =>
        {
            services.AddSingleton<IStartupFilter, ProbeEndpoints>();
            services.AddSingleton<BaseProcessor<Activity>>(Activities);
        });
        IngestUrl = StartOnKestrel(_ingest);
        _identity = new IdentityFactory(_identityResources);
        IdentityUrl = StartOnKestrel(_identity);
        await _identity.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
    }

    public async Task DisposeAsync()
    {
        await _ingest.DisposeAsync();
        await _identity.DisposeAsync();
        await _ingestResources.DisposeAsync();
        await _identityResources.DisposeAsync();
    }

    /// <summary>A gateway in front of ingest and identity, with extra settings.</summary>
    public GatewayFactory Gateway(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(new Dictionary<string, Uri> { [ResourceNames.Ingest] = IngestUrl, [ResourceNames.Identity] = IdentityUrl }, settings);

    private static Uri StartOnKestrel<TProgram>(WebApplicationFactory<TProgram> factory)
        where TProgram : class
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }
}
