using AdFlux.Ads.Accounts;
using AdFlux.Ads.Candidates;
using AdFlux.Ads.Creatives;
using AdFlux.Ads.Data;
using AdFlux.Ads.Metrics;
using AdFlux.Ads.Platforms;
using AdFlux.Ads.Platforms.Google;
using AdFlux.Ads.Platforms.Meta;
using AdFlux.Ads.Publishing;
using AdFlux.Ads.Studio;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Usage;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.ServiceDefaults.Secrets;

namespace AdFlux.Ads;

public static class AdsServiceExtensions
{
    public static IHostApplicationBuilder AddAdsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AdsDbContext>(ResourceNames.DatabaseOf(ResourceNames.Ads));
        builder.AddServiceBus(ResourceNames.Ads, typeof(AdsServiceExtensions).Assembly);
        builder.Services.AddScoped<ClientProfileOwnership>();
        builder.Services.AddSingleton(services => SecretProtector.FromBase64(
            services.GetRequiredService<IConfiguration>()[AccountCredentials.KeySetting], AccountCredentials.KeySetting));
        builder.Services.AddSingleton<AccountCredentials>();
        builder.Services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.Section);
        builder.Services.AddSingleton<MetaThrottle>();
        builder.Services.AddSingleton<GoogleAccessTokens>();
        builder.Services.AddHttpClient<MetaAdsClient>().AddExternalCallRecording("meta-ads");
        builder.Services.AddHttpClient<GoogleAdsClient>().AddExternalCallRecording("google-ads");
        builder.Services.AddScoped<IAdPlatform, MetaPlatform>();
        builder.Services.AddScoped<IAdPlatform, GooglePlatform>();
        builder.Services.AddScoped<AdPlatformRegistry>();
        builder.Services.AddOptions<PublishOptions>().BindConfiguration(PublishOptions.Section);
        builder.Services.AddSingleton<PublishSignal>();
        builder.Services.AddScoped<CampaignPublisher>();
        builder.Services.AddHostedService<PublishWorker>();
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        builder.Services.AddScoped<MetricsSyncer>();
        builder.Services.AddHostedService<MetricsSyncWorker>();
        builder.Services.AddOptions<SegmentationOptions>().BindConfiguration(SegmentationOptions.Section);
        builder.Services.AddSingleton<CandidateSegmenter>();
        builder.Services.AddOptions<AudienceOptions>().BindConfiguration(AudienceOptions.Section);
        builder.Services.AddScoped<SegmentAudienceUploader>();
        builder.AddStudio();
        builder.AddCreatives();
        return builder;
    }
}
