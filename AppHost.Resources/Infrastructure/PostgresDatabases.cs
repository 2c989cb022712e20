using System.Security.Cryptography;
using System.Text;
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

    /// <summary>
    /// The key the per-service role passwords are derived from (<see cref="LoginsFor"/>); null
    /// when this server's admin cannot create roles, and every service shares one login.
    /// </summary>
    protected virtual string? RoleSecret => null;

    public bool HasServiceRoles => RoleSecret is not null;

    /// <summary><c>&lt;database&gt;_owner</c> and <c>&lt;database&gt;_runtime</c>, with passwords derived from <see cref="RoleSecret"/>.</summary>
    public ServiceLogins LoginsFor(string database)
    {
        var secret = RoleSecret ?? throw new InvalidOperationException("This server has no per-service roles.");
        string Login(bool owner)
        {
            var (role, password) = RoleLogin(secret, database, owner);
            return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Username = role, Password = password }.ConnectionString;
        }
        return new ServiceLogins(database, RoleLogin(secret, database, owner: true).Role, RoleLogin(secret, database, owner: false).Role, Login(owner: true), Login(owner: false));
    }

    /// <summary>
    /// The owner's or the runtime role's name and password for <paramref name="database"/>, known
    /// before any server runs: where the server's address is only known later (a container), the
    /// AppHost writes connection strings from this and the roles are made when the server is ready.
    /// </summary>
    public static (string Role, string Password) RoleLogin(string roleSecret, string database, bool owner)
    {
        var role = owner ? $"{database}_owner" : $"{database}_runtime";
        return (role, DerivedPassword(roleSecret, role));
    }

    /// <summary>
    /// The database, owned by its own owner role, and its runtime role; idempotent. A database
    /// made before per-service roles (owned by the shared application role) is handed over,
    /// with every table, sequence and function in it.
    /// </summary>
    public async Task<ServiceLogins> EnsureServiceDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        var logins = LoginsFor(database);
        var secret = RoleSecret!;
        await using var admin = await OpenAdminAsync(cancellationToken);
        foreach (var role in new[] { logins.OwnerRole, logins.RuntimeRole })
        {
            var password = DerivedPassword(secret, role);
            await ExecuteAsync(admin, $"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                    CREATE ROLE {Quote(role)} LOGIN PASSWORD '{password}';
                  ELSE
                    ALTER ROLE {Quote(role)} LOGIN PASSWORD '{password}';
                  END IF;
                END $$;
                """, cancellationToken);
        }
        // Handing the database to its owner needs membership of that role unless the admin is a superuser (PostgreSQL 16).
        await ExecuteAsync(admin, $"GRANT {Quote(logins.OwnerRole)} TO CURRENT_USER", cancellationToken);
        await EnsureDatabaseAsync(database, cancellationToken);
        await ExecuteAsync(admin, $"ALTER DATABASE {Quote(database)} OWNER TO {Quote(logins.OwnerRole)}", cancellationToken);
        await using var inDatabase = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString);
        await inDatabase.OpenAsync(cancellationToken);
        await ExecuteAsync(inDatabase, HandOverObjectsSql(logins.OwnerRole), cancellationToken);
        return logins;
    }

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

    /// <summary>Tables (with their indexes and owned sequences), free sequences and functions in <c>public</c> that another role owns.</summary>
    private static string HandOverObjectsSql(string owner) => $$"""
        DO $$ DECLARE r record; BEGIN
          FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> '{{owner}}'
                     AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
          LOOP
            EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, '{{owner}}');
          END LOOP;
          FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '{{owner}}'
          LOOP
            EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.signature, '{{owner}}');
          END LOOP;
        END $$;
        """;

    private static string DerivedPassword(string secret, string role) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(role)))[..32];

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    protected static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
