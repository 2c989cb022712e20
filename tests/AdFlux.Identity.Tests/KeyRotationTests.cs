using System.Net;
using System.Text.Json;
using AdFlux.Identity.Tenants;
using AdFlux.Identity.Tokens;
using AdFlux.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AdFlux.Identity.Tests;

/// <summary>On its own identity (own database, a hand-moved clock), since it rotates keys and moves time.</summary>
public sealed class KeyRotationTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private IsolatedResources _resources = null!;
    private IdentityFactory _factory = null!;
    private IdentityApi _api = null!;

    public async Task InitializeAsync()
    {
        _resources = await (await TestInfrastructure.SharedAsync()).IsolateAsync("identity_rotation");
        _factory = new IdentityFactory(_resources, services => services.AddSingleton<TimeProvider>(_clock));
        _api = new IdentityApi(_factory.CreateClient());
        await _factory.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _resources.DisposeAsync();
    }

    [Fact]
    public async Task After_rotation_the_new_key_signs_and_old_tokens_stay_valid_until_they_expire()
    {
        var before = await _api.LoginAsync(IdentityFactory.AdminAEmail);
        var oldKid = new JsonWebToken(before.AccessToken).Kid;

        await _factory.Services.GetRequiredService<SigningKeyRing>().RotateAsync(CancellationToken.None);
        var after = await _api.LoginAsync(IdentityFactory.AdminAEmail);
        var newKid = new JsonWebToken(after.AccessToken).Kid;

        Assert.NotEqual(oldKid, newKid);
        Assert.Equal([newKid, oldKid], await PublishedKeyIdsAsync());
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(before.AccessToken));
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(after.AccessToken));

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(before.AccessToken));
        Assert.Contains(oldKid, await PublishedKeyIdsAsync());

        // Past the token lifetime, the skew and the replicas' refresh interval: the old key is gone.
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(before.AccessToken));
        Assert.Equal([newKid], await PublishedKeyIdsAsync());
    }

    private async Task<HttpStatusCode> MeStatusAsync(string token)
    {
        using var response = await _api.SendAsync(HttpMethod.Get, "/api/identity/users/me", token);
        return response.StatusCode;
    }

    private async Task<List<string>> PublishedKeyIdsAsync()
    {
        using var document = JsonDocument.Parse(await _api.Client.GetStringAsync("/.well-known/jwks.json"));
        return document.RootElement.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!).ToList();
    }
}
