using System.Net;
using System.Net.Http.Json;
using AdFlux.Identity.Api.Users;
using AdFlux.Identity.Tests.Lifecycle;
using AdFlux.Identity.Tokens;

namespace AdFlux.Identity.Tests.Privacy;

[Collection(IdentityCollection.Name)]
public sealed class EmailPrivacyTests(IdentityWorld world)
{
    [Fact]
    public async Task Creating_a_user_whose_email_exists_in_another_tenant_does_not_reveal_it()
    {
        var email = $"shared-{Guid.NewGuid():N}@both.test";
        var (_, _, other) = await LifecycleWorld.FreshTenantAsync(world);
        await world.Api.CreateUserAsync(other.AccessToken, email, "viewer");

        using var response = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users", world.A.AdminToken,
            new { email, password = "another tenant's password", role = "viewer" });

        var created = await IdentityApi.ReadAsync<UserResponse>(response, HttpStatusCode.Created);
        Assert.Equal(world.A.TenantId, created.TenantId);
    }

    [Fact]
    public async Task The_same_email_in_two_tenants_logs_in_to_the_tenant_whose_password_matches()
    {
        var email = $"twice-{Guid.NewGuid():N}@both.test";
        var (otherTenant, _, other) = await LifecycleWorld.FreshTenantAsync(world);
        await world.Api.CreateUserAsync(other.AccessToken, email, "viewer");
        using var _ = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users", world.A.AdminToken,
            new { email, password = "tenant a's own password", role = "viewer" });

        var inA = await world.Api.LoginAsync(email, "tenant a's own password");
        var inB = await world.Api.LoginAsync(email);

        Assert.Equal(world.A.TenantId, (await world.Api.MeAsync(inA.AccessToken)).TenantId);
        Assert.Equal(otherTenant, (await world.Api.MeAsync(inB.AccessToken)).TenantId);
    }

    [Fact]
    public async Task The_same_email_and_password_in_two_tenants_logs_in_when_the_tenant_is_named()
    {
        var email = $"same-{Guid.NewGuid():N}@both.test";
        var (otherTenant, _, other) = await LifecycleWorld.FreshTenantAsync(world);
        await world.Api.CreateUserAsync(other.AccessToken, email, "viewer");
        using var __ = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users", world.A.AdminToken,
            new { email, password = IdentityFactory.Password, role = "viewer" });

        using var ambiguous = await world.Api.Client.PostAsJsonAsync("/api/identity/login", new { email, password = IdentityFactory.Password });
        using var named = await world.Api.Client.PostAsJsonAsync("/api/identity/login", new { email, password = IdentityFactory.Password, tenantId = otherTenant });

        Assert.Equal(HttpStatusCode.Conflict, ambiguous.StatusCode);
        Assert.Contains("tenantId", await ambiguous.Content.ReadAsStringAsync());
        var tokens = await IdentityApi.ReadAsync<TokenPair>(named, HttpStatusCode.OK);
        Assert.Equal(otherTenant, (await world.Api.MeAsync(tokens.AccessToken)).TenantId);
    }

    [Fact]
    public async Task The_same_email_twice_in_one_tenant_is_still_a_conflict()
    {
        var (user, _) = await LifecycleWorld.FreshUserAsync(world);

        using var response = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users", world.A.AdminToken,
            new { email = user.Email.ToUpperInvariant(), password = IdentityFactory.Password, role = "viewer" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
