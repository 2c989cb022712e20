using System.Net;
using AdFlux.Identity.Api.ApiKeys;
using AdFlux.Identity.Api.ClientProfiles;
using AdFlux.Identity.Api.Users;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class TenantIsolationTests(IdentityWorld world)
{
    [Fact]
    public async Task A_tenant_lists_only_its_own_client_profiles_users_and_api_keys()
    {
        var mine = await ListsAsync(world.A.AdminToken);
        var theirs = await ListsAsync(world.B.AdminToken);

        // Controls: each tenant's lists hold what the world created in it, so an empty answer cannot pass.
        Assert.Contains(world.A.Resources["clientProfile"], mine.Profiles);
        Assert.Contains(world.A.OutOfScope["clientProfile"], mine.Profiles);
        Assert.Contains(world.A.Resources["user"], mine.Users);
        Assert.Contains(world.A.Resources["apiKey"], mine.Keys);
        Assert.Contains(world.B.Resources["clientProfile"], theirs.Profiles);
        Assert.Contains(world.B.OutOfScope["clientProfile"], theirs.Profiles);
        Assert.Contains(world.B.Resources["user"], theirs.Users);
        Assert.True(theirs.Keys.Count >= 3, $"tenant B should hold its matrix, revoked and resource keys; it lists {theirs.Keys.Count}");

        Assert.Empty(mine.Profiles.Intersect(theirs.Profiles));
        Assert.Empty(mine.Users.Intersect(theirs.Users));
        Assert.Empty(mine.Keys.Intersect(theirs.Keys));
    }

    [Fact]
    public async Task A_viewer_limited_to_a_client_profile_sees_only_that_one()
    {
        var mine = await world.Api.CreateClientProfileAsync(world.A.AdminToken, $"Scoped {Guid.NewGuid():N}");
        var other = await world.Api.CreateClientProfileAsync(world.A.AdminToken, $"Other {Guid.NewGuid():N}");
        var viewer = await world.Api.CreateUserAsync(world.A.AdminToken, $"scoped-{Guid.NewGuid():N}@tenant-a.test", Roles.Viewer, mine.Id);
        var token = (await world.Api.LoginAsync(viewer.Email)).AccessToken;

        var visible = await GetAsync<List<ClientProfileResponse>>("/api/identity/client-profiles", token);
        using var hidden = await world.Api.SendAsync(HttpMethod.Get, $"/api/identity/client-profiles/{other.Id}", token);
        var me = await world.Api.MeAsync(token);

        Assert.Equal([mine.Id], visible.Select(profile => profile.Id));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal([mine.Id], me.ClientProfileIds);
        Assert.Equal(Roles.Viewer, me.Role);
    }

    [Fact]
    public async Task Users_me_answers_the_callers_tenant_and_role()
    {
        var me = await world.Api.MeAsync(world.B.AdminToken);

        Assert.Equal(world.B.TenantId, me.TenantId);
        Assert.Equal("Tenant B", me.TenantName);
        Assert.Equal(Roles.Admin, me.Role);
        Assert.Equal(IdentityWorld.AdminBEmail, me.Email);
    }

    private async Task<(List<string> Profiles, List<string> Users, List<string> Keys)> ListsAsync(string adminToken) =>
        ((await GetAsync<List<ClientProfileResponse>>("/api/identity/client-profiles", adminToken)).Select(p => p.Id.ToString()).ToList(),
         (await GetAsync<List<UserResponse>>("/api/identity/users", adminToken)).Select(u => u.Id.ToString()).ToList(),
         (await GetAsync<List<ApiKeyResponse>>("/api/identity/api-keys", adminToken)).Select(k => k.Id.ToString()).ToList());

    private async Task<T> GetAsync<T>(string path, string token)
    {
        using var response = await world.Api.SendAsync(HttpMethod.Get, path, token);
        return await IdentityApi.ReadAsync<T>(response, HttpStatusCode.OK);
    }
}
