using AdFlux.AppHost.Infrastructure;
using AdFlux.ServiceDefaults;
using Npgsql;

namespace AdFlux.AppHost.Orchestration;

/// <summary>
/// PostgreSQL and RabbitMQ: embedded child processes in the data folder, or the external
/// servers named by <c>ConnectionStrings__postgres</c> / <c>ConnectionStrings__messaging</c>.
/// </summary>
public sealed class BackingServices : IAsyncDisposable
{
    private EmbeddedPostgres? _embeddedPostgres;
    private EmbeddedRabbitMq? _embeddedRabbitMq;
    private int _plannedRabbitMqPort;

    private BackingServices(Resource postgres, Resource messaging)
    {
        PostgresResource = postgres;
        MessagingResource = messaging;
    }

    public Resource PostgresResource { get; }

    public Resource MessagingResource { get; }

    public PostgresDatabases Databases { get; private set; } = null!;

    public string MessagingConnectionString { get; private set; } = "";

    public static string? ExternalPostgres => Environment.GetEnvironmentVariable($"ConnectionStrings__{ResourceNames.Postgres}") is { Length: > 0 } value ? value : null;

    public static string? ExternalMessaging => Environment.GetEnvironmentVariable($"ConnectionStrings__{ResourceNames.Messaging}") is { Length: > 0 } value ? value : null;

    public static BackingServices Describe() =>
        new(new Resource(ResourceNames.Postgres, "postgres"), new Resource(ResourceNames.Messaging, "rabbitmq"));

    /// <summary>
    /// Chooses the broker's port before it starts, so services can be started (and spend
    /// their start-up time) while RabbitMQ boots; they connect once it is up.
    /// </summary>
    public string PlanMessaging(PortAllocator ports)
    {
        if (ExternalMessaging is { } external)
        {
            MessagingConnectionString = external;
            return external;
        }
        _plannedRabbitMqPort = ports.Take();
        MessagingConnectionString = EmbeddedRabbitMq.ConnectionStringFor(_plannedRabbitMqPort);
        return MessagingConnectionString;
    }

    public async Task StartPostgresAsync(string dataDirectory, Action<string> log, CancellationToken cancellationToken)
    {
        PostgresResource.State = ResourceState.Starting;
        if (ExternalPostgres is { } external)
        {
            Databases = new ExternalPostgres(external);
            var builder = new NpgsqlConnectionStringBuilder(external);
            PostgresResource.Url = $"postgres://{builder.Host}:{builder.Port}";
            PostgresResource.State = ResourceState.External;
            log($"Using external PostgreSQL at {builder.Host}:{builder.Port}");
            return;
        }
        _embeddedPostgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(Path.Combine(dataDirectory, "postgres")), log, cancellationToken);
        Databases = _embeddedPostgres;
        Attach(PostgresResource, _embeddedPostgres.Process, $"postgres://127.0.0.1:{_embeddedPostgres.Port}");
    }

    public async Task StartRabbitMqAsync(string dataDirectory, Action<string> log, CancellationToken cancellationToken)
    {
        MessagingResource.State = ResourceState.Starting;
        if (ExternalMessaging is { } external)
        {
            var uri = new Uri(external);
            MessagingResource.Url = $"amqp://{uri.Host}:{(uri.Port > 0 ? uri.Port : 5672)}";
            MessagingResource.State = ResourceState.External;
            log($"Using external RabbitMQ at {uri.Host}");
            return;
        }
        _embeddedRabbitMq = await EmbeddedRabbitMq.StartAsync(
            new EmbeddedRabbitMqOptions(Path.Combine(dataDirectory, "rabbitmq")) { PreferredPort = _plannedRabbitMqPort }, log, cancellationToken);
        if (_embeddedRabbitMq.ConnectionString != MessagingConnectionString)
        {
            throw new InvalidOperationException(
                $"RabbitMQ's planned port {_plannedRabbitMqPort} was taken while it started; services were told {MessagingConnectionString}. Start again.");
        }
        Attach(MessagingResource, _embeddedRabbitMq.Process!, $"amqp://127.0.0.1:{_embeddedRabbitMq.Port}");
    }

    private static void Attach(Resource resource, ChildProcess process, string url)
    {
        foreach (var line in process.RecentOutput())
        {
            resource.Logs.Add(line);
        }
        process.OutputLine += (_, line) => resource.Logs.Add(line);
        resource.Url = url;
        resource.Pid = process.Id;
        resource.State = ResourceState.Running;
    }

    /// <summary>Refreshes both rows: a TCP connection to each server's port.</summary>
    public async Task RefreshHealthAsync(CancellationToken cancellationToken)
    {
        foreach (var resource in new[] { PostgresResource, MessagingResource })
        {
            if (resource.Url is null || resource.State is ResourceState.Stopping or ResourceState.Stopped)
            {
                continue;
            }
            var uri = new Uri(resource.Url);
            resource.Health = await Reachable(uri.Host, uri.Port, cancellationToken) ? ResourceHealth.Healthy : ResourceHealth.Unhealthy;
        }
        MarkExited(PostgresResource, _embeddedPostgres?.Process);
        MarkExited(MessagingResource, _embeddedRabbitMq?.Process);
    }

    private static void MarkExited(Resource resource, ChildProcess? process)
    {
        if (process is { HasExited: true } && resource.State == ResourceState.Running)
        {
            resource.State = ResourceState.Failed;
            resource.Health = ResourceHealth.Unhealthy;
            resource.Logs.Add($"--- exited with code {process.ExitCode} ---");
        }
    }

    private static async Task<bool> Reachable(string host, int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync(host, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>RabbitMQ first (services are already gone), then PostgreSQL.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_embeddedRabbitMq is not null)
        {
            MessagingResource.State = ResourceState.Stopping;
            await _embeddedRabbitMq.DisposeAsync();
            MessagingResource.State = ResourceState.Stopped;
        }
        if (_embeddedPostgres is not null)
        {
            PostgresResource.State = ResourceState.Stopping;
            await _embeddedPostgres.DisposeAsync();
            PostgresResource.State = ResourceState.Stopped;
        }
    }
}
