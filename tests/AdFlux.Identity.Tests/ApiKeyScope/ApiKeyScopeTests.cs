using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Identity.Api.ClientProfiles;
using AdFlux.Identity.Api.Users;

namespace AdFlux.Identity.Tests.ApiKeyScope;

[Collection(IdentityCollection.Name)]
public sealed class ApiKeyScopeTests(IdentityWorld world)
{
    [Fact]
    public async Task An_api_key_limited_to_a_client_profile_sees_only_that_profile()
    {
        var mine = await world.Api.CreateClientProfileAsync(world.A.AdminToken, $"Scoped {Guid.NewGuid():N}");
        var other = await world.Api.CreateClientProfileAsync(world.A.AdminToken, $"Other {Guid.NewGuid():N}");
        var key = await CreateAsync(new { name = "scoped", role = "viewer", clientProfileIds = new[] { mine.Id } });

        using var list = await world.Api.SendWithApiKeyAsync(HttpMethod.Get, "/api/identity/client-profiles", key.GetProperty("key").GetString()!);
        using var otherOne = await world.Api.SendWithApiKeyAsync(HttpMethod.Get, $"/api/identity/client-profiles/{other.Id}", key.GetProperty("key").GetString()!);
        using var me = await world.Api.SendWithApiKeyAsync(HttpMethod.Get, "/api/identity/users/me", key.GetProperty("key").GetString()!);

        var profiles = await IdentityApi.ReadAsync<List<ClientProfileResponse>>(list, HttpStatusCode.OK);
        Assert.Equal([mine.Id], profiles.Select(profile => profile.Id));
        Assert.Equal(HttpStatusCode.NotFound, otherOne.StatusCode);
        Assert.Equal([mine.Id], (await IdentityApi.ReadAsync<MeResponse>(me, HttpStatusCode.OK)).ClientProfileIds);
        Assert.Equal([mine.Id], key.GetProperty("clientProfileIds").EnumerateArray().Select(id => id.GetGuid()));
    }

    [Fact]
    public async Task An_api_key_scope_must_name_the_tenants_own_profiles_and_only_for_viewers()
    {
        var profile = await world.Api.CreateClientProfileAsync(world.A.AdminToken, $"Scope {Guid.NewGuid():N}");

        using var foreign = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/api-keys", world.A.AdminToken,
            new { name = "foreign", role = "viewer", clientProfileIds = new[] { Guid.Parse(world.B.Resources["clientProfile"]) } });
        using var admin = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/api-keys", world.A.AdminToken,
            new { name = "admin", role = "admin", clientProfileIds = new[] { profile.Id } });

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("clientProfileIds", await foreign.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);
        Assert.Contains("clientProfileIds", await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_internal_verification_answers_the_key_scope_for_other_services()
    {
        var profile = await world.Api.CreateClientProfileAsync(world.A.AdminToken, $"Verify {Guid.NewGuid():N}");
        var key = await CreateAsync(new { name = "verify", role = "viewer", clientProfileIds = new[] { profile.Id } });

        using var response = await world.Api.Client.PostAsJsonAsync("/internal/api-keys/verify", new { key = key.GetProperty("key").GetString() });

        var identity = await IdentityApi.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
        Assert.Equal([profile.Id], identity.GetProperty("clientProfileIds").EnumerateArray().Select(id => id.GetGuid()));
    }

    private async Task<JsonElement> CreateAsync(object body)
    {
        using var response = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/api-keys", world.A.AdminToken, body);
        return await IdentityApi.ReadAsync<JsonElement>(response, HttpStatusCode.Created);
    }
}
