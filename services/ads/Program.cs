using AdFlux.Ads.Api;
using AdFlux.Ads.Creatives;
using AdFlux.Ads.Studio;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;

namespace AdFlux.Ads;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddAdsServices();
        var app = builder.Build();
        if (await app.RunMigrationsOnlyAsync())
        {
            return;
        }
        app.MapDefaultEndpoints();
        app.MapAccountsApi();
        app.MapCampaignsApi();
        app.MapAdSetsApi();
        app.MapAdsApi();
        app.MapPublishingApi();
        app.MapAbTestsApi();
        app.MapReportsApi();
        app.MapStudioApi();
        app.MapCreativesApi();
        app.MapCandidatesApi();
        app.MapAudiencesApi();
        app.MapJobAdsApi();
        await app.RunAsync();
    }
}
