using System.Net;
using AdFlux.Identity.Api.Users;
using AdFlux.Identity.Tenants;
using AdFlux.Identity.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Identity.Tests.Lifecycle;

/// <summary>Builders for the lifecycle tests: a fresh tenant whose admin is alone, and fresh users.</summary>
public static class LifecycleWorld
{
    public static async Task<(Guid TenantId, Guid AdminId, TokenPair Admin)> FreshTenantAsync(IdentityWorld world)
    {
        var email = $"solo-{Guid.NewGuid():N}@fresh.test";
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var (tenant, admin) = await scope.ServiceProvider.GetRequiredService<TenantProvisioner>()
            .CreateAsync($"Fresh {Guid.NewGuid():N}", email, IdentityFactory.Password, CancellationToken.None);
        return (tenant.Id, admin.Id, await world.Api.LoginAsync(email));
    }

    public static async Task<(UserResponse User, TokenPair Tokens)> FreshUserAsync(IdentityWorld world, string role = "viewer")
    {
        var user = await world.Api.CreateUserAsync(world.A.AdminToken, $"life-{Guid.NewGuid():N}@tenant-a.test", role);
        return (user, await world.Api.LoginAsync(user.Email));
    }

    public static async Task<HttpStatusCode> StatusAsync(this IdentityApi api, HttpMethod method, string path, string? token, object? body = null)
    {
        using var response = await api.SendAsync(method, path, token, body);
        return response.StatusCode;
    }
}
