using AdFlux.AppHost.Infrastructure;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;
using RabbitMQ.Client;

namespace AdFlux.AppHost.Resources.Local;

/// <summary>
/// PostgreSQL and RabbitMQ from the Debian packages as Aspire executable resources, built from
/// the same definitions (<see cref="EmbeddedPostgres"/>, <see cref="EmbeddedRabbitMq"/>) the
/// integration tests start them with. Health checks speak each protocol: the orchestrator's
/// port accepting TCP proves nothing.
/// </summary>
public static class LocalInfrastructureExtensions
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, PostgresLayout layout, int port)
    {
        var command = layout.ServerCommand(port, durable: true);
        var server = new LocalPostgresResource(name, command.FileName, layout, port);
        var healthCheck = $"{name}_postgres";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => ProbePostgresAsync(server.AdminConnectionString, ct));

        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (@event, cancellationToken) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            var logger = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            // A server restarted after a crash can pass its health check and still be finishing
            // crash recovery (or be torn down again): a failed connection here is retried, since
            // an exception would fail every later wait for the server to be ready.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await EmbeddedPostgres.EnsureApplicationRoleAsync(server.AdminConnectionString, layout.Credentials.ApplicationPassword, cancellationToken);
                    foreach (var database in server.Databases)
                    {
                        await server.Server.EnsureServiceDatabaseAsync(database.DatabaseName, cancellationToken);
                        logger.LogInformation("Database {Database} ready", database.DatabaseName);
                        await notifications.PublishUpdateAsync(database, state => state with { State = KnownResourceStates.Running });
                    }
                    return;
                }
                catch (Exception error) when (error is NpgsqlException or System.Net.Sockets.SocketException && attempt < 30 && !cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning("Preparing the databases failed ({Error}); retrying", error.Message);
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                }
            }
        });

        return builder.AddResource(server)
            .WithArgs([.. command.Arguments])
            .WithEndpoint(LocalPostgresResource.EndpointName, endpoint =>
            {
                endpoint.Port = port;
                endpoint.TargetPort = port;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "tcp";
            })
            .WithHealthCheck(healthCheck);
    }

    public static IResourceBuilder<LocalDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalDatabaseResource(name, name, server.Resource);
        server.Resource.Add(database);
        var healthCheck = $"{name}_database";
        var builder = server.ApplicationBuilder;
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async ct =>
            await ProbePostgresAsync(await database.ConnectionStringExpression.GetValueAsync(ct) ?? "", ct));
        return builder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [],
            })
            .WithHealthCheck(healthCheck);
    }

    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name, string directory, int port)
    {
        if (!File.Exists(Prerequisites.RabbitMqServerScript))
        {
            throw new PrerequisiteMissingException("RabbitMQ not installed: run `sudo apt-get install -y rabbitmq-server`.");
        }
        var epmdPort = FreePort.Pick();
        var distributionPort = FreePort.Pick();
        // The node's own epmd, a resource of its own: the one Erlang would start by itself outlives everything.
        var epmd = builder.AddExecutable($"{name}-epmd", Prerequisites.Epmd, directory, [.. EmbeddedRabbitMq.EpmdArguments(epmdPort)]);

        var node = new LocalRabbitMqResource(name, Prerequisites.RabbitMqServerScript, directory, port);
        var healthCheck = $"{name}_rabbitmq";
        var uri = new Uri(EmbeddedRabbitMq.ConnectionStringFor(port));
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => ProbeRabbitMqAsync(uri, ct));
        var resource = builder.AddResource(node)
            .WithEndpoint(LocalRabbitMqResource.EndpointName, endpoint =>
            {
                endpoint.Port = port;
                endpoint.TargetPort = port;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "amqp";
            })
            .WithHealthCheck(healthCheck)
            .WaitFor(epmd);
        foreach (var (key, value) in EmbeddedRabbitMq.NodeEnvironment(directory, port, distributionPort, epmdPort))
        {
            resource.WithEnvironment(key, value);
        }
        return resource;
    }

    private static async Task<HealthCheckResult> ProbePostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 }.ConnectionString;
            await using var connection = new NpgsqlConnection(probe);
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or ArgumentException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }

    private static async Task<HealthCheckResult> ProbeRabbitMqAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            var factory = new ConnectionFactory { Uri = uri, RequestedConnectionTimeout = ProbeTimeout, AutomaticRecoveryEnabled = false };
            await using var connection = await factory.CreateConnectionAsync(timeout.Token);
            return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("connection closed at once");
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or OperationCanceledException
            or RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
