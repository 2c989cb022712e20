namespace AdFlux.ServiceDefaults;

/// <summary>
/// Resource and connection-string names shared by the AppHost, the services and the tests.
/// They follow .NET Aspire's conventions (<c>ConnectionStrings__identitydb</c>,
/// <c>services__identity__http__0</c>) so a real Aspire AppHost can replace ours unchanged.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Messaging = "messaging";

    public const string Gateway = "gateway";
    public const string Identity = "identity";
    public const string Ingest = "ingest";
    public const string Video = "video";
    public const string MlDetection = "ml-detection";
    public const string Ads = "ads";
    public const string Insights = "insights";
    public const string Ledger = "ledger";

    /// <summary>The web app: not an API behind <c>/api/</c> but the pages the gateway serves at every other path.</summary>
    public const string Web = "web";

    /// <summary>The services behind the gateway, in start order.</summary>
    public static readonly IReadOnlyList<string> Services = [Identity, Ingest, Video, MlDetection, Ads, Insights, Ledger];

    /// <summary>
    /// Where a service's API lives, in the service and through the gateway alike:
    /// <c>/api/&lt;service&gt;</c>, except ml-detection's shorter <c>/api/ml</c>.
    /// </summary>
    public static string ApiPathOf(string service) => service == MlDetection ? "/api/ml" : $"/api/{service}";

    /// <summary>Database name of a service: <c>ml-detection</c> → <c>mldetectiondb</c>.</summary>
    public static string DatabaseOf(string service) => service.Replace("-", "", StringComparison.Ordinal) + "db";

    /// <summary>Configuration key of a service's first HTTP endpoint, as Aspire passes it.</summary>
    public static string ServiceUrlKey(string service) => $"services:{service}:http:0";

    /// <summary>Configuration section of a service's endpoints, read by service discovery.</summary>
    public static string ServiceEndpointsSection(string service) => $"services:{service}";

    /// <summary>The address other processes call a service by; service discovery resolves it, https preferred.</summary>
    public static Uri ServiceAddress(string service) => new($"https+http://{service}");
}
