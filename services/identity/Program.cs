using AdFlux.Identity.Api.ApiKeys;
using AdFlux.Identity.Api.ClientProfiles;
using AdFlux.Identity.Api.Keys;
using AdFlux.Identity.Api.Login;
using AdFlux.Identity.Api.Tenants;
using AdFlux.Identity.Api.Users;
using AdFlux.Identity.Users;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;

namespace AdFlux.Identity;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddIdentityServices();
        var app = builder.Build();
        if (await app.RunMigrationsOnlyAsync())
        {
            return;
        }
        app.MapDefaultEndpoints();
        app.UseMiddleware<ActiveUserCheck>();
        app.MapKeysApi();
        app.MapLoginApi();
        app.MapUsersApi();
        app.MapUserLifecycleApi();
        app.MapPasswordApi();
        app.MapTenantsApi();
        app.MapClientProfilesApi();
        app.MapApiKeysApi();
        app.MapApiKeyVerificationApi();
        await app.RunAsync();
    }
}
