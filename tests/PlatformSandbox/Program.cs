using AdFlux.PlatformSandbox.Emit;
using AdFlux.PlatformSandbox.Freepik;
using AdFlux.PlatformSandbox.Google;
using AdFlux.PlatformSandbox.Meta;
using AdFlux.PlatformSandbox.OpenAi;
using AdFlux.PlatformSandbox.S3;
using AdFlux.PlatformSandbox.Spotify;
using AdFlux.PlatformSandbox.YouTube;

namespace AdFlux.PlatformSandbox;

/// <summary>
/// Stand-in for the platforms AdFlux calls (Google OAuth and Sheets, YouTube Data and Analytics,
/// Spotify Web API, Meta Graph and Marketing, Google Ads, Freepik stock, an OpenAI-compatible chat endpoint), with their wire formats and deterministic data, so AdFlux runs with no
/// credentials. With <c>Sandbox:Emit:Enabled</c> it also sends signed webhooks to AdFlux at a steady rate.
/// </summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton<SheetStore>();
        builder.Services.AddSingleton<YouTubeStore>();
        builder.Services.AddSingleton<MarketingStore>();
        builder.Services.AddSingleton<GoogleAdsStore>();
        builder.Services.AddSingleton<StockLibrary>();
        builder.Services.AddSandboxEmitter(builder.Configuration);
        builder.Services.AddS3Sandbox();
        var app = builder.Build();
        app.MapGet("/alive", () => TypedResults.Ok("alive"));
        app.MapGoogleApis();
        app.MapYouTubeApis();
        app.MapSpotifyApis();
        app.MapMetaGraphApis();
        app.MapMetaMarketingApis();
        app.MapCustomAudienceApis();
        app.MapGoogleAdsApis();
        app.MapFreepikApis();
        app.MapOpenAiApis();
        app.MapS3Apis();
        app.Run();
    }
}
