using AdFlux.Identity.ApiKeys;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.Identity.Tenants;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Identity;

namespace AdFlux.Identity;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>(ResourceNames.DatabaseOf(ResourceNames.Identity));
        builder.AddServiceBus(ResourceNames.Identity, typeof(IdentityServiceExtensions).Assembly);

        var services = builder.Services;
        services.AddOptions<IdentityServiceOptions>().BindConfiguration(IdentityServiceOptions.Section);
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.Section)
            .Validate(options => options.ApiKey is null || options.ApiKey.Length >= OperatorOptions.MinKeyLength,
                $"{OperatorOptions.Section}:ApiKey must have at least {OperatorOptions.MinKeyLength} characters.")
            .ValidateOnStart();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();

        // Identity trusts its own key ring and its own API-key table: no HTTP to itself.
        services.AddOptions<KeyEncryptionOptions>().BindConfiguration(KeyEncryptionOptions.Section);
        services.AddSingleton<SigningKeyProtector>();
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<ISigningKeySource>(provider => provider.GetRequiredService<SigningKeyRing>());
        services.AddScoped<DatabaseApiKeyVerifier>();
        services.AddScoped<IApiKeyVerifier>(provider => provider.GetRequiredService<DatabaseApiKeyVerifier>());

        services.AddSingleton<AccessTokenIssuer>();
        services.AddScoped<TokenService>();
        services.AddScoped<TenantProvisioner>();
        services.AddHostedService<IdentityBootstrapper>();
        return builder;
    }
}
