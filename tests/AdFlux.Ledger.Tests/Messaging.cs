using AdFlux.AppHost.Infrastructure;
using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using AdFlux.Video.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AdFlux.Ledger.Tests;

/// <summary>
/// A ledger and a video service (the publisher) on one virtual host, each with its own fresh
/// database, as the AppHost wires them; hosts are started on demand so a test decides the order.
/// </summary>
public sealed class Messaging(TestInfrastructure infrastructure, string messagingConnectionString, string suffix) : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    public TestInfrastructure Infrastructure => infrastructure;

    public string LedgerDatabase { get; } = $"ledger_{suffix}";

    public string VideoDatabase { get; } = $"video_{suffix}";

    public string MessagingConnectionString => messagingConnectionString;

    public static async Task<Messaging> CreateAsync(string? messagingConnectionString = null)
    {
        var infrastructure = await TestInfrastructure.SharedAsync();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        messagingConnectionString ??= await infrastructure.RabbitMq.CreateVirtualHostAsync("ledger-" + suffix);
        var messaging = new Messaging(infrastructure, messagingConnectionString, suffix);
        await infrastructure.Postgres.EnsureDatabaseAsync(messaging.LedgerDatabase);
        await infrastructure.Postgres.EnsureDatabaseAsync(messaging.VideoDatabase);
        return messaging;
    }

    public ServiceFactory<Program> Ledger(Action<IServiceCollection>? services = null, Action<IWebHostBuilder>? host = null) =>
        Own(new TunedFactory<Program>(ResourceNames.Ledger, Resources(LedgerDatabase), services, host));

    public ServiceFactory<AdFlux.Video.Program> Video(Action<IServiceCollection>? services = null, Action<IWebHostBuilder>? host = null) =>
        Own(new TunedFactory<AdFlux.Video.Program>(ResourceNames.Video, Resources(VideoDatabase), services, host));

    /// <summary>Starts the ledger host and waits for its migrations, so tests can read its tables.</summary>
    public async Task<ServiceFactory<Program>> StartLedgerAsync(Action<IServiceCollection>? services = null, Action<IWebHostBuilder>? host = null)
    {
        var ledger = Ledger(services, host);
        await ledger.Services.GetRequiredService<DatabaseState<LedgerDbContext>>().Migrated;
        return ledger;
    }

    /// <summary>Adds the events to the video service's outbox in one transaction, as a request handler would.</summary>
    public static async Task WriteAsync(ServiceFactory<AdFlux.Video.Program> video, IEnumerable<Contracts.IIntegrationEvent> events)
    {
        await using var scope = video.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseState<VideoDbContext>>().Migrated;
        var db = scope.ServiceProvider.GetRequiredService<VideoDbContext>();
        foreach (var integrationEvent in events)
        {
            db.AddEvent(integrationEvent);
        }
        await db.SaveChangesAsync();
    }

    public async Task<long> ScalarAsync(string database, string sql, bool asSuperUser = false)
    {
        var connectionString = asSuperUser
            ? new NpgsqlConnectionStringBuilder(infrastructure.Postgres.AdminConnectionString) { Database = database }.ConnectionString
            : infrastructure.Postgres.ConnectionStringFor(database);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<long> LedgerRowsAsync() => ScalarAsync(LedgerDatabase, "SELECT count(*) FROM ledger_events");

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        await infrastructure.Postgres.DropDatabaseAsync(LedgerDatabase);
        await infrastructure.Postgres.DropDatabaseAsync(VideoDatabase);
    }

    private IsolatedResources Resources(string database) =>
        new(infrastructure, database, infrastructure.Postgres.ConnectionStringFor(database), messagingConnectionString);

    private T Own<T>(T disposable) where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    private sealed class TunedFactory<TProgram>(string service, IsolatedResources resources, Action<IServiceCollection>? services, Action<IWebHostBuilder>? host)
        : ServiceFactory<TProgram>(service, resources, services)
        where TProgram : class
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Retries end fast in tests; the poll only matters for rows a crashed instance left behind.
            builder.UseSetting("Messaging:RetryLimit", "2");
            builder.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
            builder.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
            builder.UseSetting("Messaging:RetryIntervalDelta", "00:00:00.050");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            host?.Invoke(builder);
        }
    }
}
