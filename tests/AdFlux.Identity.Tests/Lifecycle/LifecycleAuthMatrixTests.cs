using AdFlux.Testing.Auth;

namespace AdFlux.Identity.Tests.Lifecycle;

/// <summary>
/// The lifecycle endpoints in the authorization matrix. They change users, so the matrix plays
/// them against users made for it (an admin and a viewer of its own, targets to deactivate and
/// delete) in tenant A and a fresh second tenant, never against the shared world's users.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class LifecycleAuthMatrixTests(IdentityWorld world)
{
    public static readonly AuthMatrix Matrix = new AuthMatrix(clientProfiles: false)
        .Post("/api/identity/users/{deactivateTarget}/deactivate")
        .Post("/api/identity/users/{deactivateTarget}/reactivate")
        .Delete("/api/identity/users/{deleteTarget}")
        .Post("/api/identity/users/me/password", _ => new { currentPassword = IdentityFactory.Password, newPassword = IdentityFactory.Password }, Access.Authenticated)
        .Post("/api/identity/logout", _ => new { refreshToken = "rt_unknown" }, Access.Authenticated);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AuthMatrixWorld? _matrixWorld;

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_lifecycle_endpoint_enforces_authentication_roles_and_tenancy(string endpoint, string check) =>
        await Matrix.VerifyAsync(endpoint, check, await MatrixWorldAsync());

    private async Task<AuthMatrixWorld> MatrixWorldAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_matrixWorld is null)
            {
                var (tenantId, adminId, admin) = await LifecycleWorld.FreshTenantAsync(world);
                var other = new MatrixTenant("fresh", tenantId, adminId, admin.AccessToken, admin.AccessToken, null, null, new Dictionary<string, string>());
                _matrixWorld = new AuthMatrixWorld(world.Api.Client, await OwnUsersAsync(world.A), await OwnUsersAsync(other));
            }
            return _matrixWorld;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<MatrixTenant> OwnUsersAsync(MatrixTenant tenant)
    {
        async Task<Api.Users.UserResponse> NewAsync(string role) =>
            await world.Api.CreateUserAsync(tenant.AdminToken, $"matrix-{role}-{Guid.NewGuid():N}@tenant-{tenant.Name.ToLowerInvariant()}.test", role);
        var admin = await NewAsync("admin");
        var viewer = await NewAsync("viewer");
        var resources = new Dictionary<string, string>(tenant.Resources)
        {
            ["deactivateTarget"] = (await NewAsync("viewer")).Id.ToString(),
            ["deleteTarget"] = (await NewAsync("viewer")).Id.ToString(),
        };
        return tenant with
        {
            AdminUserId = admin.Id,
            AdminToken = (await world.Api.LoginAsync(admin.Email)).AccessToken,
            ViewerToken = (await world.Api.LoginAsync(viewer.Email)).AccessToken,
            Resources = resources,
        };
    }
}
