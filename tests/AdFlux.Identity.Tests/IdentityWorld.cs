using AdFlux.Identity.Data;
using AdFlux.Identity.Tenants;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdFlux.Identity.Tests;

/// <summary>
/// Seed 004 phase 3: tenant A (from the bootstrap settings) and tenant B, each with an admin,
/// a viewer limited to the tenant's client profile, an active and a revoked API key.
/// </summary>
public sealed class IdentityWorld : IAsyncLifetime
{
    public const string AdminBEmail = "admin@tenant-b.test";

    public IsolatedResources Resources { get; private set; } = null!;

    public IdentityFactory Factory { get; private set; } = null!;

    public IdentityApi Api { get; private set; } = null!;

    public AuthMatrixWorld Matrix { get; private set; } = null!;

    public MatrixTenant A => Matrix.A;

    public MatrixTenant B => Matrix.B;

    public async Task InitializeAsync()
    {
        Resources = await (await TestInfrastructure.SharedAsync()).IsolateAsync("identity");
        Factory = new IdentityFactory(Resources);
        Api = new IdentityApi(Factory.CreateClient());
        await Factory.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TenantProvisioner>()
                .CreateAsync("Tenant B", AdminBEmail, IdentityFactory.Password, CancellationToken.None);
        }
        Matrix = new AuthMatrixWorld(Api.Client, await SetUpAsync("A", IdentityFactory.AdminAEmail), await SetUpAsync("B", AdminBEmail));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Resources.DisposeAsync();
    }

    public IdentityDbContext CreateDbContext(Guid? tenantId = null) =>
        new(MigrationSchema.OptionsFor<IdentityDbContext>(Resources.DatabaseConnectionString), new FixedTenantContext(tenantId));

    private async Task<MatrixTenant> SetUpAsync(string name, string adminEmail)
    {
        var admin = (await Api.LoginAsync(adminEmail)).AccessToken;
        var me = await Api.MeAsync(admin);
        var profile = await Api.CreateClientProfileAsync(admin, $"Artist {name}");
        var viewer = await Api.CreateUserAsync(admin, $"viewer@tenant-{name.ToLowerInvariant()}.test", Roles.Viewer, profile.Id);
        var viewerToken = (await Api.LoginAsync(viewer.Email)).AccessToken;
        var apiKey = await Api.CreateApiKeyAsync(admin, "matrix");
        var revoked = await Api.CreateApiKeyAsync(admin, "revoked");
        await Api.RevokeApiKeyAsync(admin, revoked.Id);
        var resourceKey = await Api.CreateApiKeyAsync(admin, "resource");
        return new MatrixTenant(name, me.TenantId, me.UserId!.Value, admin, viewerToken, apiKey.Key, revoked.Key, new Dictionary<string, string>
        {
            ["clientProfile"] = profile.Id.ToString(),
            ["user"] = viewer.Id.ToString(),
            ["apiKey"] = resourceKey.Id.ToString(),
        });
    }
}
