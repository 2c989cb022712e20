using AdFlux.Identity.Tenants;
using AdFlux.ServiceDefaults;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AdFlux.Testing.Auth;

/// <summary>
/// A matrix world with the service under test hosted beside the real identity service: identity
/// issues every token and key (the service checks them through identity's JWKS and key
/// verification, as in production), both share one virtual host (identity's events reach the
/// service), each has its own database. Tenant A is bootstrapped, tenant B provisioned; both are
/// filled by <see cref="MatrixTenants"/> and then by <see cref="MatrixWorldOptions.Seed"/>.
/// When <typeparamref name="TProgram"/> is identity's, identity is the service under test.
/// </summary>
public sealed class MatrixWorldHost<TProgram> : IAsyncDisposable
    where TProgram : class
{
    private IsolatedResources _identityResources = null!;
    private IsolatedResources? _serviceResources;

    private MatrixWorldHost()
    {
    }

    public MatrixIdentityFactory Identity { get; private set; } = null!;

    /// <summary>Identity's own API (to add users, profiles or keys a test needs beyond the world's).</summary>
    public HttpClient IdentityClient { get; private set; } = null!;

    /// <summary>Identity's database and the virtual host both services share.</summary>
    public IsolatedResources IdentityResources => _identityResources;

    /// <summary>The service under test (null when it is identity).</summary>
    public ServiceFactory<TProgram>? Service { get; private set; }

    public AuthMatrixWorld World { get; private set; } = null!;

    public IServiceProvider ServiceProvider => Service?.Services ?? Identity.Services;

    public static async Task<MatrixWorldHost<TProgram>> StartAsync(string serviceName, MatrixWorldOptions? options = null)
    {
        options ??= new MatrixWorldOptions();
        var infrastructure = await TestInfrastructure.SharedAsync();
        var host = new MatrixWorldHost<TProgram>();
        host._identityResources = await infrastructure.IsolateAsync("matrix_identity");
        host.Identity = new MatrixIdentityFactory(host._identityResources);
        var identityClient = host.IdentityClient = host.Identity.CreateClient();
        await host.Identity.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
        var client = identityClient;
        if (typeof(TProgram) != typeof(AdFlux.Identity.Program))
        {
            var database = $"matrix_{serviceName.Replace('-', '_')}_{Guid.NewGuid():N}"[..40];
            await infrastructure.Postgres.EnsureDatabaseAsync(database);
            host._serviceResources = new IsolatedResources(
                infrastructure, database, infrastructure.Postgres.ConnectionStringFor(database), host._identityResources.MessagingConnectionString);
            host.Service = new MatrixServiceFactory(serviceName, host._serviceResources, host.Identity, options.ConfigureService);
            client = host.Service.CreateClient();
        }
        await using (var scope = host.Identity.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TenantProvisioner>()
                .CreateAsync(MatrixIdentityFactory.TenantBName, MatrixIdentityFactory.AdminBEmail, MatrixTenants.Password, CancellationToken.None);
        }
        var a = await MatrixTenants.SetUpAsync(identityClient, "A", MatrixIdentityFactory.AdminAEmail, client, host.ServiceProvider, options.Seed);
        var b = await MatrixTenants.SetUpAsync(identityClient, "B", MatrixIdentityFactory.AdminBEmail, client, host.ServiceProvider, options.Seed);
        host.World = new AuthMatrixWorld(client, a, b);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }
        await Identity.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_serviceResources is not null)
        {
            await _serviceResources.DisposeAsync();
        }
        await _identityResources.DisposeAsync();
    }

    private sealed class MatrixServiceFactory(string serviceName, IsolatedResources resources, MatrixIdentityFactory identity, Action<IWebHostBuilder>? configure)
        : ServiceFactory<TProgram>(serviceName, resources)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.RouteIdentityTo(() => identity.Server.CreateHandler());
            configure?.Invoke(builder);
        }
    }
}
