using System.Net;
using AdFlux.Identity.Api.ApiKeys;
using AdFlux.Identity.Api.Users;
using AdFlux.Identity.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class ApiKeyTests(IdentityWorld world)
{
    [Fact]
    public async Task An_api_key_speaks_for_its_tenant_until_it_is_revoked()
    {
        var key = await world.Api.CreateApiKeyAsync(world.A.AdminToken, "revocable");

        using var before = await world.Api.SendWithApiKeyAsync(HttpMethod.Get, "/api/identity/users/me", key.Key);
        var me = await IdentityApi.ReadAsync<MeResponse>(before, HttpStatusCode.OK);
        await world.Api.RevokeApiKeyAsync(world.A.AdminToken, key.Id);
        using var after = await world.Api.SendWithApiKeyAsync(HttpMethod.Get, "/api/identity/users/me", key.Key);

        Assert.Equal(world.A.TenantId, me.TenantId);
        Assert.Equal(key.Id, me.ApiKeyId);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task An_expired_api_key_is_refused()
    {
        var key = await world.Api.CreateApiKeyAsync(world.A.AdminToken, "expiring");
        await using (var db = world.CreateDbContext(world.A.TenantId))
        {
            await db.ApiKeys.Where(row => row.Id == key.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var response = await world.Api.SendWithApiKeyAsync(HttpMethod.Get, "/api/identity/users/me", key.Key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_key_is_shown_once_stored_hashed_and_its_last_use_is_recorded()
    {
        var key = await world.Api.CreateApiKeyAsync(world.A.AdminToken, "shown once");
        (await world.Api.SendWithApiKeyAsync(HttpMethod.Get, "/api/identity/users/me", key.Key)).Dispose();

        using var response = await world.Api.SendAsync(HttpMethod.Get, $"/api/identity/api-keys/{key.Id}", world.A.AdminToken);
        var body = await response.Content.ReadAsStringAsync();
        var listed = await IdentityApi.ReadAsync<ApiKeyResponse>(response, HttpStatusCode.OK);
        await using var db = world.CreateDbContext(world.A.TenantId);
        var row = await db.ApiKeys.SingleAsync(candidate => candidate.Id == key.Id);

        Assert.DoesNotContain(key.Key, body);
        Assert.StartsWith(listed.Prefix, key.Key);
        Assert.NotNull(listed.LastUsedAt);
        // The secret is base64url and may itself hold '_': parse it the way identity does.
        Assert.True(ApiKeyFormat.TryParse(key.Key, out _, out var secret));
        Assert.DoesNotContain(secret, Convert.ToBase64String(row.SecretHash));
        Assert.Equal(32, row.SecretHash.Length);
    }
}
