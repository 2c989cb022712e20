using AdFlux.AppHost.Backing;
using AdFlux.AppHost.Infrastructure;

namespace AdFlux.AppHost;

/// <summary>The verbs Program.cs reads as: a service uses a database or the broker, calls another service.</summary>
public static class ServiceWiring
{
    /// <summary>
    /// An AdFlux service: one http endpoint (on <paramref name="port"/> when given), health at <c>/health</c>.
    /// Locally the service listens on its port itself, without DCP's proxy in front: after the
    /// watcher restarted a killed service, the proxy sometimes kept ending every connection while
    /// the service answered on its own port (seen for minutes in the restart test).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithLocalHttpEndpoint(port)
            .WithEnvironment(context =>
            {
                if (context.ExecutionContext.IsRunMode)
                {
                    context.EnvironmentVariables["ASPNETCORE_ENVIRONMENT"] = "Development";
                }
            })
            .WithHttpHealthCheck("/health");

    /// <summary>Its http endpoint: unproxied on a fixed free port locally, as Aspire lays it out when publishing.</summary>
    public static IResourceBuilder<ProjectResource> WithLocalHttpEndpoint(this IResourceBuilder<ProjectResource> project, int? port = null) =>
        project.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? project.WithHttpEndpoint(port: port)
            : project.WithHttpEndpoint(port: port ?? FreePort.Pick(), isProxied: false);

    /// <summary>Gets the connection string (<c>ConnectionStrings__&lt;name&gt;</c>) and starts once the resource is healthy.</summary>
    public static IResourceBuilder<ProjectResource> Uses(this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithConnectionString> resource) =>
        service.WithReference(resource).WaitFor(resource);

    /// <summary>
    /// Gets its database's runtime connection (<c>ConnectionStrings__&lt;db&gt;</c>). Where the
    /// server has per-service roles, a <c>&lt;service&gt;-migrations</c> step runs the same project
    /// first with the owner's login (<c>--Database:MigrateOnly=true</c>), grants the runtime role
    /// and exits; the service starts once it has finished and never changes the schema itself.
    /// </summary>
    public static IResourceBuilder<ProjectResource> Uses(this IResourceBuilder<ProjectResource> service, ServiceDatabase database)
    {
        service.Uses(database.Runtime);
        if (database is not { OwnerConnectionString: { } owner, RuntimeRole: { } role })
        {
            return service;
        }
        var migrations = service.ApplicationBuilder
            .AddProject($"{service.Resource.Name}-migrations", service.Resource.GetProjectMetadata().ProjectPath, launchProfileName: null)
            .WithArgs("--Database:MigrateOnly=true")
            .WithEnvironment($"ConnectionStrings__{database.Runtime.Resource.Name}", owner)
            .WithEnvironment("Database__RuntimeRole", role)
            // The step builds the service's whole host (nothing starts), whose bus needs a broker address.
            .WithReference(database.Messaging)
            .WaitFor(database.Runtime)
            .WithAnnotation(new MigrationStepAnnotation());
        if (database.Server is { } server)
        {
            migrations.WaitFor(server);
        }
        return service.WithEnvironment("Database__ExternalMigrations", "true").WaitForCompletion(migrations);
    }

    /// <summary>Gets the other service's URL (<c>services__&lt;name&gt;__http__0</c>) and starts once it is healthy.</summary>
    public static IResourceBuilder<ProjectResource> Calls(this IResourceBuilder<ProjectResource> service, IResourceBuilder<ProjectResource> other) =>
        service.WithReference(other).WaitFor(other);

    /// <summary>
    /// Identity creates the first tenant and admin on its first start (<c>Identity__Bootstrap__*</c>):
    /// locally the generated login kept in the data folder; when publishing, parameters (the
    /// password a secret), so no password lands in the manifest.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAdminBootstrap(this IResourceBuilder<ProjectResource> identity, AdminLogin? login)
    {
        if (login is null)
        {
            var builder = identity.ApplicationBuilder;
            return identity
                .WithEnvironment("Identity__Bootstrap__TenantName", AdminLogin.TenantName)
                .WithEnvironment("Identity__Bootstrap__AdminEmail", builder.AddParameter("admin-email", AdminLogin.DefaultEmail, publishValueAsDefault: true))
                .WithEnvironment("Identity__Bootstrap__AdminPassword", builder.AddParameter("admin-password", secret: true));
        }
        foreach (var (key, value) in login.BootstrapEnvironment)
        {
            identity.WithEnvironment(key, value);
        }
        return identity;
    }
}
