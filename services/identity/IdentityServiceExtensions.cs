using AdFlux.Identity.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;

namespace AdFlux.Identity;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>(ResourceNames.DatabaseOf(ResourceNames.Identity));
        builder.AddServiceBus(ResourceNames.Identity, typeof(IdentityServiceExtensions).Assembly);
        return builder;
    }
}
