using Microsoft.Extensions.Configuration;
using AdFlux.AppHost.Infrastructure;
using AdFlux.AppHost.Resources.Local;
using AdFlux.ServiceDefaults;
using Npgsql;

namespace AdFlux.AppHost.Backing;

/// <summary>
/// PostgreSQL and RabbitMQ, each chosen at start and printed: the external server when its
/// connection string is configured (<c>ConnectionStrings__postgres</c>,
/// <c>ConnectionStrings__messaging</c>); containers when a container runtime answers (and
/// always when publishing); else the Debian binaries as executables with data in the data folder.
/// </summary>
public sealed class BackingServices
{
    private readonly Func<string, ServiceDatabase> _addDatabase;

    private BackingServices(IResourceBuilder<IResourceWithConnectionString> messaging, Func<string, ServiceDatabase> addDatabase)
    {
        Messaging = messaging;
        _addDatabase = addDatabase;
    }

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    /// <summary>The database of <paramref name="service"/> (<c>ml-detection</c> → <c>mldetectiondb</c>).</summary>
    public ServiceDatabase Database(string service) => _addDatabase(ResourceNames.DatabaseOf(service));

    public static async Task<BackingServices> AddAsync(IDistributedApplicationBuilder builder, LocalData data)
    {
        var externalPostgres = builder.Configuration.GetConnectionString(ResourceNames.Postgres);
        var externalMessaging = builder.Configuration.GetConnectionString(ResourceNames.Messaging);
        var publishing = builder.ExecutionContext.IsPublishMode;
        var containers = publishing || (string.IsNullOrEmpty(externalPostgres) || string.IsNullOrEmpty(externalMessaging)) && await ContainerRuntime.AnswersAsync();

        if (!publishing)
        {
            List<Prerequisite> needed = [Prerequisites.Ffmpeg, Prerequisites.Node];
            if (!containers && string.IsNullOrEmpty(externalPostgres))
            {
                needed.Add(Prerequisites.PostgreSql);
            }
            if (!containers && string.IsNullOrEmpty(externalMessaging))
            {
                needed.Add(Prerequisites.RabbitMq);
            }
            await Prerequisites.EnsureAsync(needed, Console.WriteLine, CancellationToken.None);
        }

        var messaging = AddMessaging(builder, data, externalMessaging, containers);
        var addDatabase = await AddPostgresAsync(builder, data, externalPostgres, containers, messaging);
        return new BackingServices(messaging, addDatabase);
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddMessaging(IDistributedApplicationBuilder builder, LocalData data, string? external, bool containers)
    {
        if (!string.IsNullOrEmpty(external) && !builder.ExecutionContext.IsPublishMode)
        {
            Console.WriteLine($"RabbitMQ: external, {Redacted(new Uri(external))}");
            return builder.AddConnectionString(ResourceNames.Messaging);
        }
        if (containers)
        {
            Console.WriteLine("RabbitMQ: container");
            // The images deploy/compose.yaml and kubernetes/ run, the versions Debian ships locally.
            return builder.AddRabbitMQ(ResourceNames.Messaging).WithImageRegistry(null).WithImage("rabbitmq", "3.10").WithDataVolume("adflux-rabbitmq-data");
        }
        var directory = Path.Combine(data.Directory, "rabbitmq");
        Console.WriteLine($"RabbitMQ: local executable (Debian package), data in {directory}");
        return builder.AddLocalRabbitMq(ResourceNames.Messaging, directory, FreePort.Pick());
    }

    private static async Task<Func<string, ServiceDatabase>> AddPostgresAsync(
        IDistributedApplicationBuilder builder, LocalData data, string? external, bool containers, IResourceBuilder<IResourceWithConnectionString> messaging)
    {
        if (!string.IsNullOrEmpty(external) && !builder.ExecutionContext.IsPublishMode)
        {
            var server = new NpgsqlConnectionStringBuilder(external);
            var databases = await ExternalPostgres.ConnectAsync(external);
            Console.WriteLine($"PostgreSQL: external, {server.Host}:{server.Port}; service databases are created there when missing, " + (databases.HasServiceRoles
                ? "each with its own owner and runtime role"
                : $"all used as {server.Username} (it may not create roles: see README)"));
            return name =>
            {
                if (databases.HasServiceRoles)
                {
                    var logins = databases.EnsureServiceDatabaseAsync(name).GetAwaiter().GetResult();
                    return new ServiceDatabase(
                        builder.AddConnectionString(name, ReferenceExpression.Create($"{logins.RuntimeConnectionString}")),
                        messaging, ReferenceExpression.Create($"{logins.OwnerConnectionString}"), logins.RuntimeRole);
                }
                databases.EnsureDatabaseAsync(name).GetAwaiter().GetResult();
                var connectionString = new NpgsqlConnectionStringBuilder(external) { Database = name }.ConnectionString;
                return new ServiceDatabase(builder.AddConnectionString(name, ReferenceExpression.Create($"{connectionString}")), messaging);
            };
        }
        if (containers && builder.ExecutionContext.IsPublishMode)
        {
            // The manifest keeps Aspire's one login; deploy/compose.yaml and kubernetes/ make per-service roles themselves (deploy/postgres/init-roles.sh).
            var container = builder.AddPostgres(ResourceNames.Postgres).WithImageRegistry(null).WithImage("postgres", "15").WithDataVolume("adflux-postgres-data");
            return name => new ServiceDatabase(container.AddDatabase(name), messaging);
        }
        if (containers)
        {
            Console.WriteLine("PostgreSQL: container; each service database has its own owner and runtime role");
            return ContainerPostgres.Add(builder, data, messaging);
        }
        var layout = await EmbeddedPostgres.PrepareAsync(new EmbeddedPostgresOptions(Path.Combine(data.Directory, "postgres")), Console.WriteLine);
        Console.WriteLine($"PostgreSQL: local executable (Debian package, version {layout.Version}), data in {layout.DataDirectory}; each service database has its own owner and runtime role");
        var local = builder.AddLocalPostgres(ResourceNames.Postgres, layout, FreePort.Pick());
        return name =>
        {
            var database = local.AddDatabase(name);
            return new ServiceDatabase(database, messaging, database.Resource.OwnerConnectionStringExpression, database.Resource.RuntimeRole);
        };
    }

    private static string Redacted(Uri uri) => $"{uri.Scheme}://{uri.Host}:{(uri.Port > 0 ? uri.Port : 5672)}{uri.AbsolutePath}";
}
