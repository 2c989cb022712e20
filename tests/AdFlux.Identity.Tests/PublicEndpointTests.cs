using System.Net;
using System.Text.Json;
using AdFlux.Identity.ApiKeys;
using AdFlux.Identity.Data;
using AdFlux.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using AdFlux.Identity.Tenants;

namespace AdFlux.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class PublicEndpointTests(IdentityWorld world)
{
    [Theory]
    [InlineData("/.well-known/jwks.json")]
    [InlineData("/api/identity/.well-known/jwks.json")]
    public async Task The_jwks_is_public_on_both_routes_and_holds_only_public_rsa_keys(string path)
    {
        using var document = JsonDocument.Parse(await world.Api.Client.GetStringAsync(path));

        // Other tests of the collection may have rotated: then the retired key is still listed.
        var keys = document.RootElement.GetProperty("keys").EnumerateArray().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.Equal("RS256", key.GetProperty("alg").GetString());
            Assert.False(key.TryGetProperty("d", out _));
            Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        });
    }

    [Fact]
    public async Task The_openapi_document_is_public_and_lists_the_identity_endpoints()
    {
        using var response = await world.Api.Client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/identity/login", out _));
        Assert.True(paths.TryGetProperty("/api/identity/users/me", out _));
        Assert.True(document.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_service_serves() =>
        await CommittedOpenApi.AssertMatchesAsync(world.Api.Client, "identity");

    [Fact]
    public async Task Bootstrap_is_idempotent_when_identity_starts_again()
    {
        await using (var again = new IdentityFactory(world.Resources))
        {
            again.CreateClient().Dispose();
            await again.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
        }
        await using var db = world.CreateDbContext();

        Assert.Equal(1, await db.Tenants.CountAsync(tenant => tenant.Name == IdentityFactory.TenantAName));
        Assert.Equal(1, await db.Users.IgnoreQueryFilters().CountAsync(user => user.Email == IdentityFactory.AdminAEmail));
    }

    [Fact]
    public async Task A_configured_bootstrap_api_key_is_given_to_the_first_tenant_once_and_verifies()
    {
        var id = Guid.NewGuid();
        var key = $"afx_{id:N}_bootstrap-secret-{Guid.NewGuid():N}";
        for (var start = 0; start < 2; start++)
        {
            await using var identity = new IdentityFactory(world.Resources, services =>
                services.PostConfigure<BootstrapOptions>(options => options.ApiKey = key));
            identity.CreateClient().Dispose();
            await identity.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
        }
        await using var db = world.CreateDbContext();
        var stored = await db.ApiKeys.IgnoreQueryFilters().Where(candidate => candidate.Id == id).ToListAsync();
        var verified = await new DatabaseApiKeyVerifier(db, TimeProvider.System).VerifyAsync(key, CancellationToken.None);
        var forged = await new DatabaseApiKeyVerifier(db, TimeProvider.System).VerifyAsync($"afx_{id:N}_another-secret", CancellationToken.None);

        var tenantA = await db.Tenants.SingleAsync(tenant => tenant.Name == IdentityFactory.TenantAName);
        Assert.Equal(tenantA.Id, Assert.Single(stored).TenantId);
        Assert.Equal(tenantA.Id, verified?.TenantId);
        Assert.Null(forged);
    }

    [Fact]
    public async Task Creating_tenants_profiles_and_users_wrote_their_events_to_the_outbox()
    {
        await using var db = world.CreateDbContext();
        var types = await db.Set<ServiceDefaults.Outbox.OutboxMessage>().Where(message => message.TenantId == world.B.TenantId)
            .Select(message => message.MessageType).ToListAsync();

        Assert.Contains(types, type => type.Contains(nameof(Contracts.Identity.TenantCreated), StringComparison.Ordinal));
        Assert.Contains(types, type => type.Contains(nameof(Contracts.Identity.ClientProfileCreated), StringComparison.Ordinal));
        Assert.Equal(2, types.Count(type => type.Contains(nameof(Contracts.Identity.UserCreated), StringComparison.Ordinal)));
    }
}
