using AdFlux.AppHost;
using AdFlux.AppHost.Backing;
using AdFlux.AppHost.Supervision;
using AdFlux.ServiceDefaults;

// `dotnet run --project AppHost`: the AdFlux application model. Every service gets its own
// database, the broker, and the URL of exactly the services it calls; the gateway is the only
// external endpoint. The Aspire dashboard shows resources, logs, traces and metrics.
var options = AppHostOptions.Parse(args, out var error);
if (options is null)
{
    (error.Length > 0 ? Console.Error : Console.Out).WriteLine(error.Length > 0 ? error : AppHostOptions.Usage);
    return error.Length > 0 ? 2 : 0;
}

var builder = DistributedApplication.CreateBuilder([.. options.AspireArguments]);
var data = LocalData.Prepare(builder, options);
var backing = await BackingServices.AddAsync(builder, data);
var messaging = backing.Messaging;
var login = builder.ExecutionContext.IsPublishMode ? null : AdminLogin.LoadOrCreate(data.Directory);
// Locally the platforms are the sandbox (none when publishing): ingest and ads call it, and it
// posts webhooks through the gateway, so data flows on the first start.
var sandbox = PlatformSandbox.AddTo(builder, data);

var identity = builder.AddService<Projects.AdFlux_Identity>(ResourceNames.Identity)
    .Uses(backing.Database(ResourceNames.Identity)).Uses(messaging)
    .WithAdminBootstrap(login).WithSigningKeyEnvelope(data);
var ingest = builder.AddService<Projects.AdFlux_Ingest>(ResourceNames.Ingest)
    .Uses(backing.Database(ResourceNames.Ingest)).Uses(messaging).Calls(identity)
    .WithSecretsKey(data);
var video = builder.AddService<Projects.AdFlux_Video>(ResourceNames.Video)
    .Uses(backing.Database(ResourceNames.Video)).Uses(messaging).Calls(identity)
    .WithMediaFolder(data);
var mlDetection = builder.AddService<Projects.AdFlux_MlDetection>(ResourceNames.MlDetection)
    .Uses(backing.Database(ResourceNames.MlDetection)).Uses(messaging).Calls(identity)
    .WithImageFolders(data);
var ads = builder.AddService<Projects.AdFlux_Ads>(ResourceNames.Ads)
    .Uses(backing.Database(ResourceNames.Ads)).Uses(messaging).Calls(identity).Calls(mlDetection)
    .WithCredentialsKey(data);
var insights = builder.AddService<Projects.AdFlux_Insights>(ResourceNames.Insights)
    .Uses(backing.Database(ResourceNames.Insights)).Uses(messaging).Calls(identity);
var ledger = builder.AddService<Projects.AdFlux_Ledger>(ResourceNames.Ledger)
    .Uses(backing.Database(ResourceNames.Ledger)).Uses(messaging).Calls(identity)
    .WithCheckpointSigningKey(data);

// The web app calls the APIs through the gateway, which serves the web app's pages: it gets the
// gateway's URL without waiting for it (each would otherwise wait for the other).
var web = builder.AddService<Projects.AdFlux_Web>(ResourceNames.Web);
var gateway = builder.AddService<Projects.AdFlux_Gateway>(ResourceNames.Gateway, data.GatewayPort)
    .WithExternalHttpEndpoints()
    .Calls(identity).Calls(ingest).Calls(video).Calls(mlDetection).Calls(ads).Calls(insights).Calls(ledger).Calls(web);
web.WithReference(gateway);
sandbox?.ServesPlatformsTo(ingest, ads, insights);
sandbox?.PostsWebhooksThrough(gateway, identity);

builder.RestartResourcesThatCrash();
builder.PrintStartupSummary(gateway, login, data);
await builder.Build().RunAsync();
return 0;
