using AdFlux.Insights.Analytics;
using AdFlux.Insights.Caching;
using AdFlux.Insights.Comments;
using AdFlux.Insights.Data;
using AdFlux.Insights.Series;
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
        builder.Services.AddScoped<SeriesWriter>();
        builder.Services.AddScoped<AnalyticsReader>();
        builder.Services.AddScoped<InboxWriter>();
        builder.Services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.Section);
        builder.Services.AddSingleton<AnalyticsCache>();
        return builder;
    }
}
