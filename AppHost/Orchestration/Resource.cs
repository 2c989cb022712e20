namespace AdFlux.AppHost.Orchestration;

/// <summary>
/// Live status of one thing the AppHost runs or uses. Written by its supervisor, read by the
/// console, the dashboard and the API; each field is a single atomic value, so no lock.
/// </summary>
public sealed class Resource(string name, string type)
{
    private volatile string? _url;
    private volatile int _pid;
    private int _restarts;
    private volatile ResourceState _state = ResourceState.Pending;
    private volatile ResourceHealth _health = ResourceHealth.Unknown;

    public string Name { get; } = name;

    public string Type { get; } = type;

    public ResourceState State { get => _state; set => _state = value; }

    public ResourceHealth Health { get => _health; set => _health = value; }

    public string? Url { get => _url; set => _url = value; }

    public int? Pid { get => _pid == 0 ? null : _pid; set => _pid = value ?? 0; }

    public int Restarts => Volatile.Read(ref _restarts);

    /// <summary>Output of every run of the resource's process, kept across restarts.</summary>
    public LogBuffer Logs { get; } = new();

    public bool IsHealthy => State is ResourceState.Running or ResourceState.External && Health == ResourceHealth.Healthy;

    public void CountRestart() => Interlocked.Increment(ref _restarts);

    public ResourceSnapshot Snapshot() => new(Name, Type, State, Url, Health, Restarts, Pid);
}
