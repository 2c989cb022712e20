using AdFlux.AppHost.Infrastructure;

namespace AdFlux.AppHost.Orchestration;

/// <summary>Free loopback ports, never the same one twice in a run.</summary>
public sealed class PortAllocator
{
    private readonly HashSet<int> _given = [];

    /// <summary>The preferred port when free, else any; <paramref name="announce"/> says when the preferred one was taken.</summary>
    public int Take(int preferred = 0, Action<int, int>? announce = null)
    {
        lock (_given)
        {
            var port = preferred > 0 && !_given.Contains(preferred) ? FreePort.Pick(preferred) : FreePort.Pick();
            while (!_given.Add(port))
            {
                port = FreePort.Pick();
            }
            if (preferred > 0 && port != preferred)
            {
                announce?.Invoke(preferred, port);
            }
            return port;
        }
    }
}
