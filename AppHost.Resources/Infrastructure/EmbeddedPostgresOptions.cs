namespace AdFlux.AppHost.Infrastructure;

public sealed record EmbeddedPostgresOptions(string Directory)
{
    /// <summary>Tried first; another free loopback port is used when it is taken. 0: any.</summary>
    public int PreferredPort { get; init; }

    /// <summary>False for throw-away test servers: fsync and full-page writes off, for speed.</summary>
    public bool Durable { get; init; } = true;
}
