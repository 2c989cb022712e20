using AdFlux.Ads.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;

namespace AdFlux.Ads;

public static class AdsServiceExtensions
{
    public static IHostApplicationBuilder AddAdsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AdsDbContext>(ResourceNames.DatabaseOf(ResourceNames.Ads));
        builder.AddServiceBus(ResourceNames.Ads, typeof(AdsServiceExtensions).Assembly);
        return builder;
    }
}
