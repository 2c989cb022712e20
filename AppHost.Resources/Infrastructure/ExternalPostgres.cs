using Microsoft.Extensions.Logging;
using Npgsql;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// A server someone else runs. When the given login may create roles, each service database
/// gets its own owner and runtime role (<see cref="ServiceLogins"/>, passwords derived from the
/// given login's password); otherwise every service uses the given login.
/// </summary>
public sealed class ExternalPostgres : PostgresDatabases
{
    private readonly string? _roleSecret;

    private ExternalPostgres(string connectionString, bool createsRoles)
    {
        AdminConnectionString = connectionString;
        _roleSecret = createsRoles ? new NpgsqlConnectionStringBuilder(connectionString).Password : null;
    }

    public override string AdminConnectionString { get; }

    protected override string? RoleSecret => _roleSecret;

    public static async Task<ExternalPostgres> ConnectAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user", connection);
        var createsRoles = await command.ExecuteScalarAsync(cancellationToken) is true
            && !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(connectionString).Password);
        return new ExternalPostgres(connectionString, createsRoles);
    }

    /// <summary>
    /// As a superuser: the owner and runtime role of each database, and the databases owned by
    /// their owners; idempotent. For a server that is just up, whose address was not known before (a container).
    /// </summary>
    public static async Task PrepareServiceDatabasesAsync(string adminConnectionString, IEnumerable<string> databases, ILogger logger, CancellationToken cancellationToken)
    {
        // Ready by its health check, a fresh container can still be restarting once after initdb.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var postgres = await ConnectAsync(adminConnectionString, cancellationToken);
                foreach (var database in databases)
                {
                    await postgres.EnsureServiceDatabaseAsync(database, cancellationToken);
                    logger.LogInformation("Database {Database} ready with its owner and runtime roles", database);
                }
                return;
            }
            catch (Exception error) when (error is NpgsqlException or System.Net.Sockets.SocketException && attempt < 30 && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Preparing the databases failed ({Error}); retrying", error.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
