using AdFlux.Ingest.Data;
using AdFlux.Ingest.Meta;
using AdFlux.Ingest.Platforms;
using AdFlux.Ingest.Pulls;
using AdFlux.Ingest.Secrets;
using AdFlux.Ingest.Sheets;
using AdFlux.Ingest.Webhooks;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.ServiceDefaults.Secrets;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest;

public static class IngestServiceExtensions
{
    public static IHostApplicationBuilder AddIngestServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IngestDbContext>(ResourceNames.DatabaseOf(ResourceNames.Ingest));
        builder.AddServiceBus(ResourceNames.Ingest, typeof(IngestServiceExtensions).Assembly);

        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        builder.Services.AddOptions<MetaOptions>().BindConfiguration(MetaOptions.Section);
        builder.Services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.Section);
        builder.Services.AddSingleton(services => SecretProtector.FromBase64(
            services.GetRequiredService<IOptions<SecretsOptions>>().Value.Key, $"{SecretsOptions.Section}:Key"));
        builder.Services.AddSingleton<IngestMetrics>();
        builder.Services.AddScoped<SigningSecrets>();
        builder.Services.AddScoped<RejectionCounter>();
        builder.Services.AddScoped<DeliveryStore>();
        builder.Services.AddScoped<WebhookIntake>();
        builder.Services.AddScoped<MetaWebhookIntake>();
        builder.Services.AddScoped<ClientProfileOwnership>();

        builder.Services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.Section);
        builder.Services.AddPlatformClient<PlatformTokens>("oauth");
        builder.Services.AddPlatformClient<SheetsClient>("google-sheets");
        builder.Services.AddPlatformClient<YouTubeClient>("youtube");
        builder.Services.AddPlatformClient<SpotifyClient>("spotify");
        builder.Services.AddScoped<SheetsPuller>();

        builder.Services.AddOptions<PullOptions>().BindConfiguration(PullOptions.Section);
        builder.Services.AddSingleton<PullSignal>();
        builder.Services.AddScoped<PlatformReader>();
        builder.Services.AddScoped<PlatformPuller>();
        builder.Services.AddScoped<PullRunner>();
        builder.Services.AddHostedService<PullWorker>();
        return builder;
    }
}
