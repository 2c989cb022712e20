using AdFlux.Ads.Accounts;
using AdFlux.Ads.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.ServiceDefaults.Secrets;

namespace AdFlux.Ads;

public static class AdsServiceExtensions
{
    public static IHostApplicationBuilder AddAdsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AdsDbContext>(ResourceNames.DatabaseOf(ResourceNames.Ads));
        builder.AddServiceBus(ResourceNames.Ads, typeof(AdsServiceExtensions).Assembly);
        builder.Services.AddScoped<ClientProfileOwnership>();
        builder.Services.AddSingleton(services => SecretProtector.FromBase64(
            services.GetRequiredService<IConfiguration>()[AccountCredentials.KeySetting], AccountCredentials.KeySetting));
        builder.Services.AddSingleton<AccountCredentials>();
        return builder;
    }
}
