using System.Net;
using System.Net.Sockets;

namespace AdFlux.AppHost.Infrastructure;

public static class FreePort
{
    /// <summary>The preferred loopback port when it is free, else one the OS hands out.</summary>
    public static int Pick(int preferred = 0)
    {
        if (preferred > 0 && IsFree(preferred))
        {
            return preferred;
        }
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
