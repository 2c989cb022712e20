using System.Net;
using System.Net.Http.Json;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AdFlux.Identity.Tests.Lifecycle;

[Collection(IdentityCollection.Name)]
public sealed class UserLifecycleTests(IdentityWorld world)
{
    private const string NewPassword = "a much better passphrase";

    [Fact]
    public async Task A_user_changes_its_password_and_the_old_one_stops_working()
    {
        var (user, tokens) = await LifecycleWorld.FreshUserAsync(world);

        var status = await world.Api.StatusAsync(HttpMethod.Post, "/api/identity/users/me/password", tokens.AccessToken,
            new { currentPassword = IdentityFactory.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, status);
        using var oldLogin = await world.Api.Client.PostAsJsonAsync("/api/identity/login", new { email = user.Email, password = IdentityFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, oldLogin.StatusCode);
        await world.Api.LoginAsync(user.Email, NewPassword);
        using var oldRefresh = await world.Api.RefreshAsync(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, oldRefresh.StatusCode);
    }

    [Fact]
    public async Task A_password_change_needs_the_current_password_and_a_long_new_one()
    {
        var (_, tokens) = await LifecycleWorld.FreshUserAsync(world);

        using var wrong = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users/me/password", tokens.AccessToken,
            new { currentPassword = "not the password", newPassword = NewPassword });
        using var shortNew = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users/me/password", tokens.AccessToken,
            new { currentPassword = IdentityFactory.Password, newPassword = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("currentPassword", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, shortNew.StatusCode);
        Assert.Contains("newPassword", await shortNew.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_family_and_leaves_other_sessions_alone()
    {
        var (user, tokens) = await LifecycleWorld.FreshUserAsync(world);
        var other = await world.Api.LoginAsync(user.Email);

        var status = await world.Api.StatusAsync(HttpMethod.Post, "/api/identity/logout", tokens.AccessToken, new { refreshToken = tokens.RefreshToken });

        Assert.Equal(HttpStatusCode.NoContent, status);
        using var refresh = await world.Api.RefreshAsync(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        using var otherRefresh = await world.Api.RefreshAsync(other.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, otherRefresh.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_is_cut_off_at_once_in_identity_and_cannot_log_in_or_refresh()
    {
        var (user, tokens) = await LifecycleWorld.FreshUserAsync(world);

        var status = await world.Api.StatusAsync(HttpMethod.Post, $"/api/identity/users/{user.Id}/deactivate", world.A.AdminToken);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(HttpStatusCode.Unauthorized, await world.Api.StatusAsync(HttpMethod.Get, "/api/identity/users/me", tokens.AccessToken));
        using var refresh = await world.Api.RefreshAsync(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        using var login = await world.Api.Client.PostAsJsonAsync("/api/identity/login", new { email = user.Email, password = IdentityFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        await using var db = world.CreateDbContext();
        var events = await db.Set<OutboxMessage>().Where(message => message.MessageType.Contains(".UserDeactivated,")).Select(message => message.Payload).ToListAsync();
        Assert.Contains(events, payload => payload.Contains(user.Id.ToString()));
    }

    [Fact]
    public async Task A_reactivated_user_logs_in_again()
    {
        var (user, _) = await LifecycleWorld.FreshUserAsync(world);
        await world.Api.StatusAsync(HttpMethod.Post, $"/api/identity/users/{user.Id}/deactivate", world.A.AdminToken);

        var status = await world.Api.StatusAsync(HttpMethod.Post, $"/api/identity/users/{user.Id}/reactivate", world.A.AdminToken);

        Assert.Equal(HttpStatusCode.NoContent, status);
        await world.Api.LoginAsync(user.Email);
    }

    [Fact]
    public async Task A_deleted_user_is_gone_and_its_tokens_stop_working()
    {
        var (user, tokens) = await LifecycleWorld.FreshUserAsync(world);

        var status = await world.Api.StatusAsync(HttpMethod.Delete, $"/api/identity/users/{user.Id}", world.A.AdminToken);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(HttpStatusCode.NotFound, await world.Api.StatusAsync(HttpMethod.Get, $"/api/identity/users/{user.Id}", world.A.AdminToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await world.Api.StatusAsync(HttpMethod.Get, "/api/identity/users/me", tokens.AccessToken));
        using var refresh = await world.Api.RefreshAsync(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task A_demoted_admin_loses_admin_rights_in_identity_at_once()
    {
        var (user, tokens) = await LifecycleWorld.FreshUserAsync(world, "admin");

        var status = await world.Api.StatusAsync(HttpMethod.Put, $"/api/identity/users/{user.Id}", world.A.AdminToken, new { role = "viewer" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Unauthorized, await world.Api.StatusAsync(HttpMethod.Get, "/api/identity/users", tokens.AccessToken));
    }

    [Fact]
    public async Task Access_tokens_live_the_configured_bound_so_other_services_drop_a_cut_off_user_within_it()
    {
        var (_, tokens) = await LifecycleWorld.FreshUserAsync(world);
        var bound = world.Factory.Services.GetRequiredService<IOptions<IdentityServiceOptions>>().Value.AccessTokenLifetime;

        var jwt = new JsonWebToken(tokens.AccessToken);

        Assert.True(bound <= TimeSpan.FromMinutes(30), $"Identity:AccessTokenLifetime is {bound}.");
        Assert.Equal(bound, jwt.ValidTo - jwt.IssuedAt);
        Assert.Contains(jwt.Claims, claim => claim.Type == "sver");
    }
}
