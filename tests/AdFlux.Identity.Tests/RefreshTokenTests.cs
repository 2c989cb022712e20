using System.Net;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class RefreshTokenTests(IdentityWorld world)
{
    [Fact]
    public async Task A_refresh_token_is_spent_by_its_use_and_replaced_by_a_new_one()
    {
        var email = await CreateUserAsync();
        var first = await world.Api.LoginAsync(email);

        using var response = await world.Api.RefreshAsync(first.RefreshToken);
        var second = await IdentityApi.ReadAsync<TokenPair>(response, HttpStatusCode.OK);

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(email, (await world.Api.MeAsync(second.AccessToken)).Email);
    }

    [Fact]
    public async Task Reuse_of_a_spent_refresh_token_revokes_the_family()
    {
        var email = await CreateUserAsync();
        var first = await world.Api.LoginAsync(email);
        using var rotated = await world.Api.RefreshAsync(first.RefreshToken);
        var second = await IdentityApi.ReadAsync<TokenPair>(rotated, HttpStatusCode.OK);
        var otherSession = await world.Api.LoginAsync(email);

        using var reuse = await world.Api.RefreshAsync(first.RefreshToken);
        using var afterReuse = await world.Api.RefreshAsync(second.RefreshToken);
        using var otherFamily = await world.Api.RefreshAsync(otherSession.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal("application/problem+json", reuse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReuse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherFamily.StatusCode);
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_refused()
    {
        using var response = await world.Api.RefreshAsync("rt_not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> CreateUserAsync()
    {
        var email = $"refresh-{Guid.NewGuid():N}@tenant-a.test";
        await world.Api.CreateUserAsync(world.A.AdminToken, email, Roles.Viewer);
        return email;
    }
}
