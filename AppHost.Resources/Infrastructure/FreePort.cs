using System.Net;
using System.Net.Sockets;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// Loopback ports for servers that bind the same port again when restarted. They come from
/// 10000–17999: below the range the OS hands to outgoing connections (32768 up here), where a
/// client's connection could hold the port by the time a killed server comes back, and apart from
/// the orchestrator's own allocations (DCP's proxies and the dashboard's 18888–18891).
/// </summary>
public static class FreePort
{
    private const int First = 10000;
    private const int Last = 17999;

    /// <summary>The preferred loopback port when it is free, else a free one from the reserved-for-servers range.</summary>
    public static int Pick(int preferred = 0)
    {
        if (preferred > 0 && IsFree(preferred))
        {
            return preferred;
        }
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(First, Last + 1);
            if (IsFree(port))
            {
                return port;
            }
        }
        throw new InvalidOperationException($"No free loopback port between {First} and {Last} after 100 tries.");
    }

    /// <summary>
    /// Starts a server on ports it picks, and once more on new ones when another process bound a port
    /// between the pick and the server's own bind: a pick only proves the port was free a moment before,
    /// and test hosts start their servers side by side.
    /// </summary>
    public static async Task<T> StartOnPickedPortsAsync<T>(Func<Task<T>> start, Action<string> log)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await start();
            }
            catch (InvalidOperationException ex) when (attempt < 3 && TakenMeanwhile(ex.Message))
            {
                log($"A port was taken before the server could bind it; starting again on other ports ({ex.Message.Split('\n')[0]})");
            }
        }
    }

    // RabbitMQ (Erlang) says eaddrinuse; PostgreSQL says "could not bind … Address already in use".
    private static bool TakenMeanwhile(string failure) =>
        failure.Contains("eaddrinuse", StringComparison.OrdinalIgnoreCase) || failure.Contains("Address already in use", StringComparison.OrdinalIgnoreCase);

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
