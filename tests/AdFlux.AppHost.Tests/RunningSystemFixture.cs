using System.Net;
using System.Net.Sockets;
using AdFlux.Testing;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// One running AdFlux shared by the end-to-end tests (starting one costs about 30 s). Its
/// gateway is asked for a port this fixture holds, so every run also exercises the AppHost's
/// fallback to another free port.
/// </summary>
public sealed class RunningSystemFixture : IAsyncLifetime
{
    private readonly TcpListener _occupier = new(IPAddress.Loopback, 0);

    public int OccupiedGatewayPort => ((IPEndPoint)_occupier.LocalEndpoint).Port;

    public AdFluxSystem System { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _occupier.Start();
        System = await AdFluxSystem.StartAsync(new AdFluxSystemOptions { GatewayPort = OccupiedGatewayPort });
    }

    public async Task DisposeAsync()
    {
        if (System is not null)
        {
            await System.DisposeAsync();
        }
        _occupier.Dispose();
    }
}
