using System.Security.Cryptography;
using AdFlux.AppHost.Infrastructure;
using AdFlux.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.AppHost.Backing;

/// <summary>
/// PostgreSQL in a container when running locally, with the same per-service roles as the
/// Debian executable: each database owned by <c>&lt;db&gt;_owner</c> (its migration step) and
/// served as <c>&lt;db&gt;_runtime</c>. The superuser password is generated once into the data
/// folder, and the role passwords are derived from it, so the connection strings are written
/// before the container runs; the roles and databases are made once it is ready, before
/// anything waiting for it starts.
/// </summary>
public static class ContainerPostgres
{
    public static Func<string, ServiceDatabase> Add(
        IDistributedApplicationBuilder builder, LocalData data, IResourceBuilder<IResourceWithConnectionString> messaging)
    {
        var secret = LocalSecrets.ReadOrCreate(Path.Combine(data.Directory, "postgres-container-password"), () => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));
        var password = builder.AddParameter($"{ResourceNames.Postgres}-password", secret, secret: true);
        // The image sets the superuser's password only on an empty volume: a new password (after
        // --fresh) gets a new volume instead of a server that refuses it.
        var volume = $"adflux-postgres-data-{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)))[..8]}";
        var server = builder.AddPostgres(ResourceNames.Postgres, password: password)
            .WithImageRegistry(null).WithImage("postgres", "15").WithDataVolume(volume);
        var databases = new List<string>();

        builder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (@event, cancellationToken) =>
        {
            var logger = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server.Resource);
            var admin = await server.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken)
                ?? throw new InvalidOperationException("The PostgreSQL container is ready but has no connection string.");
            await ExternalPostgres.PrepareServiceDatabasesAsync(admin, databases, logger, cancellationToken);
        });

        return name =>
        {
            databases.Add(name);
            var endpoint = server.Resource.PrimaryEndpoint;
            ReferenceExpression Login(bool owner)
            {
                var (role, rolePassword) = PostgresDatabases.RoleLogin(secret, name, owner);
                return ReferenceExpression.Create(
                    $"Host={endpoint.Property(EndpointProperty.Host)};Port={endpoint.Property(EndpointProperty.Port)};Username={role};Password={rolePassword};Database={name}");
            }
            return new ServiceDatabase(
                builder.AddConnectionString(name, Login(owner: false)), messaging, Login(owner: true),
                PostgresDatabases.RoleLogin(secret, name, owner: false).Role, server);
        };
    }
}
