using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL from Debian's package, run as a child process on a data folder we own:
/// <c>initdb</c> on first use, then <c>postgres</c> on a free loopback port with its socket
/// inside the folder. PostgreSQL refuses to run as root, so as root it runs as the
/// <c>postgres</c> user the package creates. Services connect as the non-superuser role
/// <c>adflux</c>, which owns their databases.
/// </summary>
public sealed class EmbeddedPostgres : PostgresDatabases, IAsyncDisposable
{
    public const string ApplicationUser = "adflux";
    private const string SuperUser = "postgres";
    private const string OsUser = "postgres";

    private readonly ChildProcess _process;
    private readonly PostgresCredentials _credentials;

    private EmbeddedPostgres(ChildProcess process, int port, PostgresCredentials credentials, string directory)
    {
        _process = process;
        _credentials = credentials;
        Port = port;
        Directory = directory;
        AdminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Password = credentials.SuperUserPassword,
            Database = "postgres",
        }.ConnectionString;
    }

    public int Port { get; }

    public string Directory { get; }

    public ChildProcess Process => _process;

    public override string AdminConnectionString { get; }

    protected override (string User, string Password)? ApplicationRole => (ApplicationUser, _credentials.ApplicationPassword);

    protected override string? RoleSecret => _credentials.ApplicationPassword;

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, Action<string> log, CancellationToken cancellationToken = default)
    {
        var layout = await PrepareAsync(options, log, cancellationToken);
        return await FreePort.StartOnPickedPortsAsync(async () =>
        {
            var port = FreePort.Pick(options.PreferredPort);
            var process = ChildProcess.Start("postgres", layout.ServerCommand(port, options.Durable));
            var server = new EmbeddedPostgres(process, port, layout.Credentials, layout.Directory);
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken);
                await EnsureApplicationRoleAsync(server.AdminConnectionString, layout.Credentials.ApplicationPassword, cancellationToken);
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
            log($"PostgreSQL {layout.Version} listening on 127.0.0.1:{port} (data in {layout.DataDirectory})");
            return server;
        }, log);
    }

    /// <summary>
    /// Everything before the server process starts, shared by this launcher (tests) and the
    /// AppHost's executable resource: the folder the postgres user can reach, the credentials,
    /// <c>initdb</c> on first use, a leftover postmaster stopped, ownership handed over.
    /// </summary>
    public static async Task<PostgresLayout> PrepareAsync(EmbeddedPostgresOptions options, Action<string> log, CancellationToken cancellationToken = default)
    {
        var bin = Prerequisites.PostgresBinDirectory()
            ?? throw new PrerequisiteMissingException("PostgreSQL not installed: run `sudo apt-get install -y postgresql`.");
        var directory = ReachableDirectory(Path.GetFullPath(options.Directory), log);
        var dataDirectory = Path.Combine(directory, "data");
        var socketDirectory = Path.Combine(directory, "run");
        System.IO.Directory.CreateDirectory(socketDirectory);
        var credentials = PostgresCredentials.LoadOrCreate(Path.Combine(directory, "credentials"));

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            await InitDbAsync(bin, directory, dataDirectory, credentials, options.Durable, log, cancellationToken);
        }
        await StopLeftoverAsync(dataDirectory);
        GiveToPostgresUser(directory);
        return new PostgresLayout(bin, directory, dataDirectory, socketDirectory, credentials, SuperUser, ApplicationUser);
    }

    /// <summary>Server-side part of the connection strings: the non-superuser role services connect as.</summary>
    public static async Task EnsureApplicationRoleAsync(string adminConnectionString, string applicationPassword, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        var password = applicationPassword.Replace("'", "''", StringComparison.Ordinal);
        var sql = $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ApplicationUser}') THEN
                CREATE ROLE {ApplicationUser} LOGIN CREATEDB PASSWORD '{password}';
              END IF;
            END $$;
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The command that runs the postmaster; as root through setpriv, which execs, so signals reach it.</summary>
    internal static ChildProcessSpec ServerCommand(PostgresLayout layout, int port, bool durable)
    {
        List<string> arguments = ["-D", layout.DataDirectory, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-h", "127.0.0.1", "-k", layout.SocketDirectory, "-c", "max_connections=300"];
        if (!durable)
        {
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }
        return AsPostgresUser(Path.Combine(layout.BinDirectory, "postgres"), arguments);
    }

    /// <summary>Kills the server at once: for throw-away test servers at process exit.</summary>
    public void Kill() => _process.Kill();

    /// <summary>Fast shutdown (SIGINT): open transactions are rolled back, data stays consistent.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _process.StopAsync(TimeSpan.FromSeconds(20), Posix.SigInt);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var probe = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false, Timeout = 2 }.ConnectionString;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL exited with code {_process.ExitCode} while starting:{Environment.NewLine}{string.Join(Environment.NewLine, _process.RecentOutput().TakeLast(20))}");
            }
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.CannotConnectNow && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static async Task InitDbAsync(string bin, string directory, string dataDirectory, PostgresCredentials credentials, bool durable, Action<string> log, CancellationToken cancellationToken)
    {
        log($"Initialising a PostgreSQL cluster in {dataDirectory}");
        if (System.IO.Directory.Exists(dataDirectory))
        {
            System.IO.Directory.Delete(dataDirectory, recursive: true);
        }
        var passwordFile = Path.Combine(directory, "initdb.pw");
        await File.WriteAllTextAsync(passwordFile, credentials.SuperUserPassword, cancellationToken);
        GiveToPostgresUser(directory);
        try
        {
            List<string> arguments = ["-D", dataDirectory, "-U", SuperUser, $"--pwfile={passwordFile}",
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale"];
            if (!durable)
            {
                arguments.Add("--no-sync");
            }
            await using var initdb = ChildProcess.Start("initdb", AsPostgresUser(Path.Combine(bin, "initdb"), arguments));
            await initdb.WaitForExitAsync(cancellationToken);
            if (initdb.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"initdb failed ({initdb.ExitCode}):{Environment.NewLine}{string.Join(Environment.NewLine, initdb.RecentOutput().TakeLast(20))}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>A postmaster left running by a host that was killed outright holds the data folder: stop it.</summary>
    private static async Task StopLeftoverAsync(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) || !Posix.IsAlive(pid))
        {
            return;
        }
        Posix.Signal(pid, Posix.SigInt);
        for (var i = 0; i < 100 && Posix.IsAlive(pid); i++)
        {
            await Task.Delay(100);
        }
        if (Posix.IsAlive(pid))
        {
            Posix.Signal(pid, Posix.SigKill);
        }
    }

    private static ChildProcessSpec AsPostgresUser(string program, IReadOnlyList<string> arguments) =>
        Posix.IsRoot
            ? new ChildProcessSpec("setpriv", ["--reuid=" + OsUser, "--regid=" + OsUser, "--init-groups", "--", program, .. arguments])
            : new ChildProcessSpec(program, arguments);

    private static void GiveToPostgresUser(string directory)
    {
        if (!Posix.IsRoot)
        {
            return;
        }
        using var chown = System.Diagnostics.Process.Start("chown", ["-R", $"{OsUser}:{OsUser}", directory])!;
        chown.WaitForExit();
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>
    /// As root, the postgres user must be able to reach the folder; under a private home
    /// (e.g. /root) it cannot, so a folder under /var/tmp named after the wanted one is used.
    /// </summary>
    private static string ReachableDirectory(string wanted, Action<string> log)
    {
        if (!Posix.IsRoot)
        {
            System.IO.Directory.CreateDirectory(wanted);
            return wanted;
        }
        for (var dir = Path.GetDirectoryName(wanted); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (System.IO.Directory.Exists(dir) && !File.GetUnixFileMode(dir).HasFlag(UnixFileMode.OtherExecute))
            {
                var fallback = FallbackDirectoryOf(wanted);
                log($"{dir} is private, so the postgres user cannot reach {wanted}; using {fallback}");
                System.IO.Directory.CreateDirectory(fallback);
                return fallback;
            }
        }
        System.IO.Directory.CreateDirectory(wanted);
        return wanted;
    }

    private static string FallbackDirectoryOf(string wanted) =>
        Path.Combine("/var/tmp", "adflux-postgres-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(wanted)))[..12]);

    /// <summary>Stops a server an earlier host left running on this folder (or its stand-in), e.g. before wiping it.</summary>
    public static async Task StopLeftoverOnAsync(string directory)
    {
        var wanted = Path.GetFullPath(directory);
        foreach (var dir in new[] { wanted, FallbackDirectoryOf(wanted) })
        {
            await StopLeftoverAsync(Path.Combine(dir, "data"));
        }
    }

    /// <summary>Deletes a stopped server's data, including the stand-in folder a private home made us use.</summary>
    public static void DeleteData(string directory)
    {
        var wanted = Path.GetFullPath(directory);
        foreach (var dir in new[] { wanted, FallbackDirectoryOf(wanted) })
        {
            if (System.IO.Directory.Exists(dir))
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }
        }
    }
}
