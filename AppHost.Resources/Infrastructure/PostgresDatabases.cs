using Npgsql;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// A PostgreSQL server the AppHost and the tests create service databases on: the embedded
/// one, or an external one given as <c>ConnectionStrings__postgres</c>.
/// </summary>
public abstract class PostgresDatabases
{
    /// <summary>A superuser (or database-creating) connection to the <c>postgres</c> database.</summary>
    public abstract string AdminConnectionString { get; }

    /// <summary>The role services connect as; null keeps the admin connection's user.</summary>
    protected virtual (string User, string Password)? ApplicationRole => null;

    public string ConnectionStringFor(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database };
        if (ApplicationRole is { } role)
        {
            builder.Username = role.User;
            builder.Password = role.Password;
        }
        return builder.ConnectionString;
    }

    /// <summary>Creates the database when it does not exist yet; owned by the application role.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAdminAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }
        var owner = ApplicationRole is { } role ? $" OWNER {Quote(role.User)}" : "";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(database)}{owner}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created concurrently by another starter: the outcome we wanted.
        }
    }

    public async Task DropDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAdminAsync(cancellationToken);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    protected async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    protected static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
