using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Creatives.Stock;
using AdFlux.Ads.Creatives.Variants;
using AdFlux.ServiceDefaults.AI;
using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Ads.Creatives;

public static class CreativesExtensions
{
    /// <summary>The creative studio's services: the Freepik client, the AI copy generator and the image variant renderer.</summary>
    public static IHostApplicationBuilder AddCreatives(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FreepikOptions>().BindConfiguration(FreepikOptions.Section);
        builder.Services.AddHttpClient<FreepikClient>().AddExternalCallRecording("freepik");
        builder.AddChatProvider(CopyGenerator.Section);
        builder.Services.AddScoped<CopyGenerator>();
        builder.Services.AddOptions<VariantOptions>().BindConfiguration(VariantOptions.Section);
        builder.Services.AddSingleton<ImageVariantRenderer>();
        return builder;
    }
}
