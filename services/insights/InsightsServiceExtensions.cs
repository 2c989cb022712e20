using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;

namespace AdFlux.Insights;

public static class InsightsServiceExtensions
{
    public static IHostApplicationBuilder AddInsightsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<InsightsDbContext>(ResourceNames.DatabaseOf(ResourceNames.Insights));
        builder.AddServiceBus(ResourceNames.Insights, typeof(InsightsServiceExtensions).Assembly);
        return builder;
    }
}
