using AdFlux.Ads.Api.Studio;
using AdFlux.Ads.Studio.Assets;
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
        builder.Services.AddHttpClient<ComplianceClient>(client => client.BaseAddress = ResourceNames.ServiceAddress(ResourceNames.MlDetection));
        return builder;
    }

    public static IEndpointRouteBuilder MapStudioApi(this IEndpointRouteBuilder app) => app
        .MapBrandsApi()
        .MapWorkflowsApi()
        .MapRequestsApi()
        .MapStudioAssetsApi()
        .MapDecisionsApi()
        .MapExternalLinksApi();
}
