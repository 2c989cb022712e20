using System.Globalization;
using AdFlux.Insights.Analytics;
using AdFlux.Insights.Caching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Api;

/// <summary>Seed 000's analytics endpoints: all platforms together, or one platform's deep-dive, in the seed's envelope.</summary>
public static class AnalyticsApi
{
    public const string ApiVersion = "v1";

    public const string ComprehensiveView = "comprehensive";

    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/insights/analytics").WithTags("Analytics").RequireAuthorization();
        group.MapGet("/comprehensive", ComprehensiveAsync)
            .WithName("GetComprehensiveAnalytics").WithSummary("Every platform's metrics, changes, Spotify-after-YouTube correlation, forecasts and recommendations");
        group.MapGet("/youtube", YouTubeAsync)
            .WithName("GetYouTubeAnalytics").WithSummary("YouTube channels and videos: views, engagement, trend and forecast");
        group.MapGet("/spotify", SpotifyAsync)
            .WithName("GetSpotifyAnalytics").WithSummary("Spotify artists and tracks: streams, followers, trend and forecast");
        group.MapGet("/meta-ads", MetaAdsAsync)
            .WithName("GetMetaAdsAnalytics").WithSummary("Meta ads: impressions, click-through and conversion rates, trend and forecast");
        return app;
    }

    public static Task<Results<Ok<AnalyticsEnvelope>, ValidationProblem>> ComprehensiveAsync(
        [AsParameters] AnalyticsQuery query, [AsParameters] AnalyticsRequest request) => AnswerAsync(ComprehensiveView, null, query, request);

    public static Task<Results<Ok<AnalyticsEnvelope>, ValidationProblem>> YouTubeAsync(
        [AsParameters] AnalyticsQuery query, [AsParameters] AnalyticsRequest request) => AnswerAsync("youtube", "youtube", query, request);

    public static Task<Results<Ok<AnalyticsEnvelope>, ValidationProblem>> SpotifyAsync(
        [AsParameters] AnalyticsQuery query, [AsParameters] AnalyticsRequest request) => AnswerAsync("spotify", "spotify", query, request);

    public static Task<Results<Ok<AnalyticsEnvelope>, ValidationProblem>> MetaAdsAsync(
        [AsParameters] AnalyticsQuery query, [AsParameters] AnalyticsRequest request) => AnswerAsync("meta-ads", "meta-ads", query, request);

    private static async Task<Results<Ok<AnalyticsEnvelope>, ValidationProblem>> AnswerAsync(
        string view, string? platform, AnalyticsQuery query, AnalyticsRequest request)
    {
        var started = request.Clock.GetTimestamp();
        var options = request.Options.Value;
        var errors = new Dictionary<string, string[]>();
        var today = DateOnly.FromDateTime(request.Clock.GetUtcNow().UtcDateTime);
        if (AnalyticsQueryParser.Parse(query, platform, today, options.DefaultDays, options.MaxDays, errors) is not { } filter)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (data, cacheStatus) = await ComposeAsync(view, filter, request);
        var elapsed = request.Clock.GetElapsedTime(started);
        var meta = new AnalyticsMeta(elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + "s", cacheStatus, ApiVersion);
        return TypedResults.Ok(new AnalyticsEnvelope("success", request.Clock.GetUtcNow(), data, meta));
    }

    /// <summary>The answer for a validated filter, from the cache while no new data landed for the tenant; exports use it too, so their numbers are the endpoint's.</summary>
    public static async Task<(AnalyticsData Data, string CacheStatus)> ComposeAsync(string view, AnalyticsFilter filter, AnalyticsRequest request)
    {
        var version = await request.Db.SeriesVersions.SumAsync(v => v.Version, request.CancellationToken);
        var key = AnalyticsCache.KeyOf(request.Tenant.TenantId ?? Guid.Empty, version, view, filter.CacheKey, request.Tenant.ClientProfileScope);
        if (request.Cache.TryGet(key, out var data) && data is not null)
        {
            return (data, "hit");
        }
        data = AnalyticsComposer.Compose(await request.Reader.ReadAsync(filter, request.CancellationToken));
        request.Cache.Set(key, data);
        return (data, "miss");
    }
}
