using AdFlux.Ingest.Api;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;

namespace AdFlux.Ingest;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddIngestServices();
        var app = builder.Build();
        if (await app.RunMigrationsOnlyAsync())
        {
            return;
        }
        app.MapDefaultEndpoints();
        app.MapWebhooksApi();
        app.MapMetaWebhooksApi();
        app.MapSourcesApi();
        app.MapDeliveriesApi();
        app.MapWebhookSecretsApi();
        app.MapMetaAccountsApi();
        app.MapSheetsSourcesApi();
        app.MapPlatformSourcesApi();
        app.MapSchedulesApi();
        await app.RunAsync();
    }
}
