using AdFlux.Insights.Api;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;

namespace AdFlux.Insights;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddInsightsServices();
        var app = builder.Build();
        if (await app.RunMigrationsOnlyAsync())
        {
            return;
        }
        app.MapDefaultEndpoints();
        app.MapAnalyticsApi();
        app.MapCommentsApi();
        app.MapReportsApi();
        app.MapAlertsApi();
        app.MapWebhooksApi();
        app.MapExportsApi();
        app.MapUsageApi();
        await app.RunAsync();
    }
}
