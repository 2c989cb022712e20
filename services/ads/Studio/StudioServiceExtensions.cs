using AdFlux.Ads.Api.Studio;
using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Escalation;
using AdFlux.Ads.Studio.Variants;
using AdFlux.Ads.Studio.ExternalLinks;
using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults;

namespace AdFlux.Ads.Studio;

/// <summary>The creative studio's state: brand profiles, content requests, scored assets, approval workflows and external links.</summary>
public static class StudioServiceExtensions
{
    public static IHostApplicationBuilder AddStudio(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ApprovalEngine>();
        builder.Services.AddSingleton<StudioEvents>();
        builder.Services.AddSingleton<ExternalLinkSigner>();
        builder.Services.AddScoped<TenantUsers>();
        builder.Services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section);
        builder.Services.AddSingleton<EscalationWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EscalationWorker>());
        // Scoring runs OCR and face detection, one inference at a time per ml-detection instance: far
        // slower than the default 10 s attempt, and a retried POST would score (and announce) twice.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt one client out of the defaults.
        builder.Services.AddHttpClient<ComplianceClient>(client =>
        {
            client.BaseAddress = ResourceNames.ServiceAddress(ResourceNames.MlDetection);
            client.Timeout = TimeSpan.FromMinutes(2);
        }).RemoveAllResilienceHandlers();
        // Detection is as slow as scoring, and a failure is not retried: the crop falls back to saliency.
        builder.Services.AddHttpClient<RegionsClient>(client =>
        {
            client.BaseAddress = ResourceNames.ServiceAddress(ResourceNames.MlDetection);
            client.Timeout = TimeSpan.FromMinutes(2);
        }).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return builder;
    }

    public static IEndpointRouteBuilder MapStudioApi(this IEndpointRouteBuilder app) => app
        .MapBrandsApi()
        .MapWorkflowsApi()
        .MapRequestsApi()
        .MapStudioAssetsApi()
        .MapDecisionsApi()
        .MapExternalLinksApi()
        .MapStudioCopyApi()
        .MapStockAssetsApi()
        .MapAssetVariantsApi();
}
