using AdFlux.Insights.Api;
using AdFlux.ServiceDefaults;

namespace AdFlux.Insights;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddInsightsServices();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapAnalyticsApi();
        app.Run();
    }
}
