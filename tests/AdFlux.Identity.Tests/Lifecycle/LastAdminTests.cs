using System.Net;
using AdFlux.Identity.Api.Users;

namespace AdFlux.Identity.Tests.Lifecycle;

[Collection(IdentityCollection.Name)]
public sealed class LastAdminTests(IdentityWorld world)
{
    [Fact]
    public async Task The_last_admin_cannot_demote_itself()
    {
        var (_, adminId, admin) = await LifecycleWorld.FreshTenantAsync(world);

        using var response = await world.Api.SendAsync(HttpMethod.Put, $"/api/identity/users/{adminId}", admin.AccessToken, new { role = "viewer" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("admin", (await world.Api.MeAsync(admin.AccessToken)).Role);
    }

    [Fact]
    public async Task The_last_admin_cannot_deactivate_or_delete_itself()
    {
        var (_, adminId, admin) = await LifecycleWorld.FreshTenantAsync(world);

        Assert.Equal(HttpStatusCode.Conflict, await world.Api.StatusAsync(HttpMethod.Post, $"/api/identity/users/{adminId}/deactivate", admin.AccessToken));
        Assert.Equal(HttpStatusCode.Conflict, await world.Api.StatusAsync(HttpMethod.Delete, $"/api/identity/users/{adminId}", admin.AccessToken));
        Assert.Equal("admin", (await world.Api.MeAsync(admin.AccessToken)).Role);
    }

    [Fact]
    public async Task An_admin_can_step_down_once_another_admin_exists()
    {
        var (_, adminId, admin) = await LifecycleWorld.FreshTenantAsync(world);
        using var created = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users", admin.AccessToken,
            new { email = $"second-{Guid.NewGuid():N}@fresh.test", password = IdentityFactory.Password, role = "admin" });
        await IdentityApi.ReadAsync<UserResponse>(created, HttpStatusCode.Created);

        using var response = await world.Api.SendAsync(HttpMethod.Put, $"/api/identity/users/{adminId}", admin.AccessToken, new { role = "viewer" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
