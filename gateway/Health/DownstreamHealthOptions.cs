namespace AdFlux.Gateway.Health;

/// <summary>How the gateway's <c>/health</c> probes each service, under <c>Gateway:Health</c>.</summary>
public sealed class DownstreamHealthOptions
{
    public const string Section = "Gateway:Health";

    /// <summary>A service whose <c>/health</c> has not answered by then is reported unhealthy.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one round of probes answers <c>/health</c>, so callers cannot make the gateway call every service at will.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(5);
}
