using AdFlux.Identity.Data;
using AdFlux.Testing;
using AdFlux.Testing.Auth;

namespace AdFlux.Identity.Tests;

/// <summary>
/// Seed 004 phase 3, as every service's matrix world has it: tenant A (from the bootstrap
/// settings) and tenant B, each with an admin, two client profiles, a viewer limited to the
/// first, an active and a revoked API key; identity is the service under test.
/// </summary>
public sealed class IdentityWorld : IAsyncLifetime
{
    public const string AdminBEmail = MatrixIdentityFactory.AdminBEmail;

    private MatrixWorldHost<Program> _host = null!;

    public IsolatedResources Resources => _host.IdentityResources;

    public MatrixIdentityFactory Factory => _host.Identity;

    public IdentityApi Api { get; private set; } = null!;

    public AuthMatrixWorld Matrix => _host.World;

    public MatrixTenant A => Matrix.A;

    public MatrixTenant B => Matrix.B;

    public async Task InitializeAsync()
    {
        _host = await MatrixWorldHost<Program>.StartAsync(ServiceDefaults.ResourceNames.Identity);
        Api = new IdentityApi(_host.World.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public IdentityDbContext CreateDbContext(Guid? tenantId = null) =>
        new(MigrationSchema.OptionsFor<IdentityDbContext>(Resources.DatabaseConnectionString), new FixedTenantContext(tenantId));
}
