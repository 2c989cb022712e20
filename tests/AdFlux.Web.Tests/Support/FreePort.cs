using System.Net;
using System.Net.Sockets;

namespace AdFlux.Web.Tests.Support;

/// <summary>A loopback port free right now: the web app must know the gateway's address before the gateway (which routes to it) starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
