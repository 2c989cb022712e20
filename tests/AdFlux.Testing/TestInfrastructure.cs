using AdFlux.AppHost.Infrastructure;

namespace AdFlux.Testing;

/// <summary>
/// One PostgreSQL server and one RabbitMQ node per test run (per test process), started with
/// the launchers of the AppHost's local resources (AppHost.Resources) in a temporary folder, throw-away settings (no fsync), and
/// stopped when the process exits. Test classes isolate themselves with a fresh database and
/// a fresh virtual host each (<see cref="IsolatedResources"/>).
/// </summary>
public sealed class TestInfrastructure
{
    private static readonly Lazy<Task<TestInfrastructure>> Shared = new(StartAsync);

    private TestInfrastructure(string directory, EmbeddedPostgres postgres, EmbeddedRabbitMq rabbitMq)
    {
        Directory = directory;
        Postgres = postgres;
        RabbitMq = rabbitMq;
    }

    public string Directory { get; }

    public EmbeddedPostgres Postgres { get; }

    public EmbeddedRabbitMq RabbitMq { get; }

    public static Task<TestInfrastructure> SharedAsync() => Shared.Value;

    /// <summary>A database and a virtual host nobody else uses; dropped on dispose.</summary>
    public async Task<IsolatedResources> IsolateAsync(string databaseName, CancellationToken cancellationToken = default)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var database = $"{databaseName}_{suffix}";
        await Postgres.EnsureDatabaseAsync(database, cancellationToken);
        var messaging = await RabbitMq.CreateVirtualHostAsync("test-" + suffix, cancellationToken);
        return new IsolatedResources(this, database, Postgres.ConnectionStringFor(database), messaging);
    }

    private static async Task<TestInfrastructure> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"adflux-tests-{Environment.ProcessId}");
        void Log(string line) => Console.WriteLine($"[test-infrastructure] {line}");
        // ffmpeg for video's tests, fonts for the text ml-detection's tests render: installed like the servers on a fresh machine.
        await Prerequisites.EnsureAsync(
            [Prerequisites.PostgreSql, Prerequisites.RabbitMq, Prerequisites.Ffmpeg, Prerequisites.Fonts], Log, CancellationToken.None);
        var postgres = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions(Path.Combine(directory, "postgres")) { Durable = false }, Log);
        var rabbitMq = await EmbeddedRabbitMq.StartAsync(new EmbeddedRabbitMqOptions(Path.Combine(directory, "rabbitmq")), Log);
        var infrastructure = new TestInfrastructure(directory, postgres, rabbitMq);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => infrastructure.Stop();
        OrphanReaper.Watch([postgres.Process.Id, .. rabbitMq.ProcessIds], directory);
        return infrastructure;
    }

    private void Stop()
    {
        // Throw-away servers: the test host may be ended soon after this handler starts, so no grace.
        RabbitMq.Kill();
        Postgres.Kill();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temp folder is cleaned by the OS otherwise.
        }
    }
}
