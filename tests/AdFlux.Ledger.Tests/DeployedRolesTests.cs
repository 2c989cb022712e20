using System.Diagnostics;
using AdFlux.AppHost.Infrastructure;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AdFlux.Ledger.Tests;

/// <summary>
/// The per-service roles where the AppHost does not make them before it starts: a PostgreSQL
/// container (roles made once it is ready, connection strings written before from the derived
/// passwords) and deployments (deploy/postgres/init-roles.sh, run by the postgres image on an
/// empty volume, followed by each service's migration step).
/// </summary>
public sealed class DeployedRolesTests
{
    [Fact]
    public async Task A_container_server_gets_the_roles_whose_logins_the_apphost_wrote_before_it_ran()
    {
        var infrastructure = await TestInfrastructure.SharedAsync();
        var admin = infrastructure.Postgres.AdminConnectionString;
        var secret = new NpgsqlConnectionStringBuilder(admin).Password!;
        var database = $"container_{Guid.NewGuid():N}"[..20];

        await ExternalPostgres.PrepareServiceDatabasesAsync(admin, [database], NullLogger.Instance, CancellationToken.None);
        await ExternalPostgres.PrepareServiceDatabasesAsync(admin, [database], NullLogger.Instance, CancellationToken.None);

        foreach (var owner in new[] { true, false })
        {
            var (role, password) = PostgresDatabases.RoleLogin(secret, database, owner);
            var login = new NpgsqlConnectionStringBuilder(admin) { Database = database, Username = role, Password = password }.ConnectionString;
            Assert.Equal(role, await ScalarAsync(login, "SELECT current_user"));
            Assert.Equal($"{database}_owner", await ScalarAsync(login, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
        }
        await infrastructure.Postgres.DropDatabaseAsync(database);
    }

    [Fact]
    public async Task The_deploy_init_script_and_the_migration_step_leave_the_ledger_runtime_role_only_its_rows()
    {
        await using var messaging = await Messaging.CreateAsync();
        var admin = new NpgsqlConnectionStringBuilder(messaging.Infrastructure.Postgres.AdminConnectionString);
        var passwords = ServiceDatabases.ToDictionary(db => db, db => (Owner: $"{db}-owner-{Guid.NewGuid():N}", Runtime: $"{db}-runtime-{Guid.NewGuid():N}"));
        try
        {
            await RunInitScriptAsync(admin, passwords);

            ServiceLogins Logins(string database) => new(
                database, $"{database}_owner", $"{database}_runtime",
                new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database, Username = $"{database}_owner", Password = passwords[database].Owner }.ConnectionString,
                new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database, Username = $"{database}_runtime", Password = passwords[database].Runtime }.ConnectionString);
            var ledger = Logins("ledgerdb");
            await RuntimeRoleTests.MigrateAsOwnerAsync<Program, Data.LedgerDbContext>(messaging.Ledger(host: host => host.Login(ResourceNames.Ledger, ledger, owner: true)));

            Assert.Equal(0L, await ScalarAsync(ledger.RuntimeConnectionString, "SELECT count(*) FROM ledger_events"));
            await RuntimeRoleTests.AssertRefusedAsync(ledger.RuntimeConnectionString, new NpgsqlConnectionStringBuilder(ledger.RuntimeConnectionString) { Database = "identitydb" }.ConnectionString);
            var unmigrated = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(Logins("identitydb").RuntimeConnectionString, "CREATE TABLE t (id int)"));
            Assert.Equal(RuntimeRoleTests.InsufficientPrivilege, unmigrated.SqlState);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            foreach (var database in ServiceDatabases)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE); DROP ROLE IF EXISTS {database}_owner; DROP ROLE IF EXISTS {database}_runtime", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    private static readonly string[] ServiceDatabases = ["identitydb", "ingestdb", "videodb", "mldetectiondb", "adsdb", "insightsdb", "ledgerdb"];

    /// <summary>The script as the postgres image runs it: psql on the path, the superuser in POSTGRES_USER, the passwords in the environment.</summary>
    private static async Task RunInitScriptAsync(NpgsqlConnectionStringBuilder admin, Dictionary<string, (string Owner, string Runtime)> passwords)
    {
        var script = Path.Combine(RepositoryPaths.Root, "deploy", "postgres", "init-roles.sh");
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = Prerequisites.PostgresBinDirectory() + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["POSTGRES_USER"] = admin.Username;
        start.Environment["PGHOST"] = admin.Host;
        start.Environment["PGPORT"] = admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGPASSWORD"] = admin.Password;
        foreach (var (database, (owner, runtime)) in passwords)
        {
            start.Environment[$"{database.ToUpperInvariant()}_OWNER_PASSWORD"] = owner;
            start.Environment[$"{database.ToUpperInvariant()}_RUNTIME_PASSWORD"] = runtime;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"init-roles.sh failed: {await output}{await error}");
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
