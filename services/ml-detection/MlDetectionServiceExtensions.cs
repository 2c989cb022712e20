using AdFlux.MlDetection.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;

namespace AdFlux.MlDetection;

public static class MlDetectionServiceExtensions
{
    public static IHostApplicationBuilder AddMlDetectionServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MlDetectionDbContext>(ResourceNames.DatabaseOf(ResourceNames.MlDetection));
        builder.AddServiceBus(ResourceNames.MlDetection, typeof(MlDetectionServiceExtensions).Assembly);
        return builder;
    }
}
