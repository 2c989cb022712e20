namespace AdFlux.AppHost.Infrastructure;

public sealed record EmbeddedRabbitMqOptions(string Directory)
{
    /// <summary>Tried first; another free loopback port is used when it is taken. 0: any.</summary>
    public int PreferredPort { get; init; }
}
