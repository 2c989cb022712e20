using System.Security.Cryptography;
using AdFlux.ServiceDefaults;

namespace AdFlux.AppHost;

/// <summary>
/// Local runs use the platform sandbox (<c>tests/PlatformSandbox</c>) in place of Google, YouTube,
/// Spotify, Meta, Freepik and an AI model: ingest's and ads' platform clients call it, and ads'
/// copy and insights' daily reports ask its chat endpoint (and then say the sandbox wrote them); it posts YouTube metrics
/// webhooks through the gateway with an API key the local tenant holds from its first start, so
/// data flows into the ledger and the dashboard with no platform credentials. Publishing leaves
/// every client on the production endpoints (no sandbox).
/// </summary>
public sealed record PlatformSandbox(IResourceBuilder<ProjectResource> Resource, string ApiKey)
{
    public const string ResourceName = "platform-sandbox";
    public const string ApiKeyFileName = "platform-sandbox-api-key";

    /// <summary>Webhooks per second it posts; <c>AppHost:Sandbox:WebhooksPerSecond</c> changes it (0 stops them).</summary>
    public const double DefaultWebhooksPerSecond = 0.2;

    public static PlatformSandbox? AddTo(IDistributedApplicationBuilder builder, LocalData data)
    {
        if (builder.ExecutionContext.IsPublishMode)
        {
            return null;
        }
        var resource = builder.AddProject<Projects.PlatformSandbox>(ResourceName, launchProfileName: null)
            .WithLocalHttpEndpoint()
            .WithHttpHealthCheck("/alive");
        return new PlatformSandbox(resource, ApiKeyFromFile(Path.Combine(data.Directory, ApiKeyFileName)));
    }

    /// <summary>Points each service's platform clients (its <c>*:Platforms</c> options) at the sandbox.</summary>
    public void ServesPlatformsTo(params IResourceBuilder<ProjectResource>[] services)
    {
        var endpoint = Resource.GetEndpoint("http");
        foreach (var service in services)
        {
            foreach (var (setting, path) in PlatformPaths(service.Resource.Name))
            {
                var url = new ReferenceExpressionBuilder();
                url.AppendFormatted(endpoint);
                url.AppendLiteral("/" + path);
                service.WithEnvironment(setting, url.Build());
            }
            if (service.Resource.Name == ResourceNames.Ads)
            {
                // The sandbox checks only a key's form (Freepik's start with FPSX).
                service.WithEnvironment("Ads__Freepik__ApiKey", "FPSX-platform-sandbox");
            }
        }
    }

    /// <summary>
    /// Emit mode: YouTube metrics webhooks to the gateway at <c>AppHost:Sandbox:WebhooksPerSecond</c>
    /// (default <see cref="DefaultWebhooksPerSecond"/>; 0 stops them), with the key identity gives the local tenant.
    /// </summary>
    public void PostsWebhooksThrough(IResourceBuilder<ProjectResource> gateway, IResourceBuilder<ProjectResource> identity)
    {
        var configured = Resource.ApplicationBuilder.Configuration["AppHost:Sandbox:WebhooksPerSecond"];
        var perSecond = configured is null ? DefaultWebhooksPerSecond : double.Parse(configured, System.Globalization.CultureInfo.InvariantCulture);
        identity.WithEnvironment("Identity__Bootstrap__ApiKey", ApiKey);
        Resource
            .WithEnvironment("Sandbox__Emit__Enabled", perSecond > 0 ? "true" : "false")
            .WithEnvironment("Sandbox__Emit__PerSecond", perSecond.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Sandbox__Emit__TargetUrl", gateway.GetEndpoint("http"))
            .WithEnvironment("Sandbox__Emit__ApiKey", ApiKey)
            .WaitFor(gateway);
    }

    private static Dictionary<string, string> PlatformPaths(string service) => service switch
    {
        ResourceNames.Ingest => new Dictionary<string, string>
        {
            ["Ingest__Platforms__GoogleTokenUrl"] = "token",
            ["Ingest__Platforms__SheetsBaseUrl"] = "",
            ["Ingest__Platforms__YouTubeDataBaseUrl"] = "youtube/v3/",
            ["Ingest__Platforms__YouTubeAnalyticsBaseUrl"] = "v2/",
            ["Ingest__Platforms__SpotifyAccountsBaseUrl"] = "api/",
            ["Ingest__Platforms__SpotifyApiBaseUrl"] = "v1/",
        },
        ResourceNames.Ads => new Dictionary<string, string>
        {
            ["Ads__Platforms__MetaBaseUrl"] = "v21.0/",
            ["Ads__Platforms__GoogleAdsBaseUrl"] = "v21/",
            ["Ads__Platforms__GoogleTokenUrl"] = "token",
            ["Ads__Freepik__BaseUrl"] = "",
            ["Ads__Copy__SandboxEndpoint"] = "v1",
        },
        ResourceNames.Insights => new Dictionary<string, string>
        {
            ["Insights__Chat__SandboxEndpoint"] = "v1",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Only ingest, ads and insights call platforms."),
    };

    /// <summary>
    /// An API key of the local tenant (<c>afx_&lt;id&gt;_&lt;secret&gt;</c>), generated once into the
    /// data folder; identity adds it to the tenant at start, the sandbox sends it.
    /// </summary>
    private static string ApiKeyFromFile(string path) =>
        LocalSecrets.ReadOrCreate(path, () => $"afx_{Guid.NewGuid():N}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}");
}
