using AdFlux.Insights.Alerts;
using AdFlux.Insights.Analytics;
using AdFlux.Insights.Caching;
using AdFlux.Insights.Comments;
using AdFlux.Insights.Data;
using AdFlux.Insights.Exports;
using AdFlux.Insights.Reports;
using AdFlux.Insights.Series;
using AdFlux.Insights.Usage;
using AdFlux.Insights.Webhooks;
using AdFlux.ServiceDefaults.AI;
using AdFlux.ServiceDefaults.Auth;
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
        builder.Services.AddScoped<AlertRaiser>();
        builder.Services.AddScoped<AlertEvaluator>();
        builder.Services.AddScoped<UsageAggregator>();
        builder.Services.AddScoped<UsageBudgetEvaluator>();
        builder.Services.AddScoped<AnalyticsReader>();
        builder.Services.AddScoped<InboxWriter>();
        builder.Services.AddScoped<ClientProfileOwnership>();
        builder.AddChatProvider(ReportOptions.ChatSection);
        builder.Services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section);
        builder.Services.AddSingleton<ModuleReader>();
        builder.Services.AddScoped<ReportRunner>();
        builder.Services.AddSingleton<ReportSignal>();
        builder.Services.AddHostedService<ReportScheduleWorker>();
        builder.Services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.Section);
        builder.Services.AddSingleton<AnalyticsCache>();
        builder.Services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section);
        builder.AddWebhooks();
        return builder;
    }
}
