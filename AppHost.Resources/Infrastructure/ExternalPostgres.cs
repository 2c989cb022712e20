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
}
