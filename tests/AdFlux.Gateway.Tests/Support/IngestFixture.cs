using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using System.Diagnostics;

namespace AdFlux.Gateway.Tests.Support;

/// <summary>
/// The real ingest service (its own database and virtual host) on Kestrel, for gateways to
/// proxy to over a real port; shared by the gateway test classes.
/// </summary>
public sealed class IngestFixture : IAsyncLifetime
{
    private IsolatedResources _resources = null!;
    private ServiceFactory<AdFlux.Ingest.Program> _ingest = null!;

    public ActivityCollector Activities { get; } = new();

    public Uri IngestUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _resources = await (await TestInfrastructure.SharedAsync()).IsolateAsync("gateway");
        _ingest = new ServiceFactory<AdFlux.Ingest.Program>(ResourceNames.Ingest, _resources, services =>
        {
            services.AddSingleton<IStartupFilter, ProbeEndpoints>();
            services.AddSingleton<BaseProcessor<Activity>>(Activities);
        });
        _ingest.UseKestrel(0);
        _ingest.StartServer();
        var addresses = _ingest.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        IngestUrl = new Uri(addresses.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        await _ingest.DisposeAsync();
        await _resources.DisposeAsync();
    }

    /// <summary>A gateway in front of ingest alone, with extra settings.</summary>
    public GatewayFactory Gateway(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(new Dictionary<string, Uri> { [ResourceNames.Ingest] = IngestUrl }, settings);
}
