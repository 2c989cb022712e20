using System.Globalization;
using AdFlux.PlatformSandbox.Google;

namespace AdFlux.PlatformSandbox.YouTube;

/// <summary>
/// YouTube Data API v3 <c>channels.list</c> / <c>videos.list</c> (part=statistics) and YouTube Analytics
/// API v2 <c>reports.query</c> (dimensions=day), with figures that depend only on the id and the day
/// (and on <c>POST /sandbox/youtube/restate?channel=…&amp;day=yyyy-MM-dd</c>, after which that day's views differ).
/// Channel ids with <c>[down]</c> or <c>[throttle]</c> fail, and a report of one with <c>[slow]</c> answers late (<see cref="Failures"/>);
/// <c>GET /sandbox/youtube/counters?channel=…</c> tells how often a channel's report was read.
/// </summary>
public static class YouTubeApis
{
    public static readonly string[] ReportMetrics = ["views", "estimatedMinutesWatched", "likes", "comments", "subscribersGained"];

    public static IEndpointRouteBuilder MapYouTubeApis(this IEndpointRouteBuilder app)
    {
        app.MapGet("/youtube/v3/channels", Channels);
        app.MapGet("/youtube/v3/videos", Videos);
        app.MapGet("/v2/reports", Report);
        app.MapPost("/sandbox/youtube/restate", (string channel, string day, YouTubeStore store) => TypedResults.Json(new
        {
            channel, day, restatement = store.Restate(channel, DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        }));
        app.MapGet("/sandbox/youtube/counters", (string channel, YouTubeStore store) => TypedResults.Json(new { channel, reports = store.ReportsOf(channel) }));
        return app;
    }

    public static IResult Channels(string? id, string? part, HttpRequest request, HttpResponse response)
    {
        if (!Authorised(request))
        {
            return Unauthenticated();
        }
        if (Failing(Ids(id), response) is { } failure)
        {
            return failure;
        }
        var ids = Ids(id);
        return TypedResults.Json(new
        {
            kind = "youtube#channelListResponse",
            etag = Stable.Token("", "channels:" + id),
            pageInfo = new { totalResults = ids.Length, resultsPerPage = ids.Length },
            items = ids.Select(channel => new
            {
                kind = "youtube#channel",
                etag = Stable.Token("", channel),
                id = channel,
                statistics = new
                {
                    viewCount = Text(Stable.Number($"{channel}:views", 100_000, 9_000_000)),
                    subscriberCount = Text(Stable.Number($"{channel}:subscribers", 1_000, 900_000)),
                    hiddenSubscriberCount = false,
                    videoCount = Text(Stable.Number($"{channel}:videos", 10, 900)),
                },
            }),
        });
    }

    public static IResult Videos(string? id, string? part, HttpRequest request)
    {
        if (!Authorised(request))
        {
            return Unauthenticated();
        }
        var ids = Ids(id);
        return TypedResults.Json(new
        {
            kind = "youtube#videoListResponse",
            etag = Stable.Token("", "videos:" + id),
            pageInfo = new { totalResults = ids.Length, resultsPerPage = ids.Length },
            items = ids.Select(video => new
            {
                kind = "youtube#video",
                etag = Stable.Token("", video),
                id = video,
                statistics = new
                {
                    viewCount = Text(Stable.Number($"{video}:views", 1_000, 2_000_000)),
                    likeCount = Text(Stable.Number($"{video}:likes", 10, 90_000)),
                    favoriteCount = "0",
                    commentCount = Text(Stable.Number($"{video}:comments", 0, 5_000)),
                },
            }),
        });
    }

    public static async Task<IResult> Report(
        string? ids, string? startDate, string? endDate, string? metrics, string? dimensions, HttpRequest request, HttpResponse response, YouTubeStore store)
    {
        if (!Authorised(request))
        {
            return Unauthenticated();
        }
        if (ids is null || !ids.StartsWith("channel==", StringComparison.Ordinal)
            || !DateOnly.TryParseExact(startDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(endDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end < start || string.IsNullOrEmpty(metrics))
        {
            return GoogleApis.GoogleError(StatusCodes.Status400BadRequest, "INVALID_ARGUMENT", "Required: ids=channel==…, startDate, endDate (YYYY-MM-DD), metrics.");
        }
        var channel = ids["channel==".Length..];
        store.CountReport(channel);
        if (Failures.Slow(channel))
        {
            await Task.Delay(Failures.SlowAnswer, request.HttpContext.RequestAborted);
        }
        if (Failing([channel], response) is { } failure)
        {
            return failure;
        }
        var names = metrics.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var byDay = dimensions == "day";
        var days = Enumerable.Range(0, end.DayNumber - start.DayNumber + 1).Select(start.AddDays).ToList();
        var headers = (byDay ? [new { name = "day", columnType = "DIMENSION", dataType = "STRING" }] : Array.Empty<object>())
            .Concat(names.Select(name => (object)new { name, columnType = "METRIC", dataType = "INTEGER" }));
        var rows = byDay
            ? days.Select(day => (object[])[day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), .. names.Select(n => (object)DayValue(channel, n, day, store.RestatementOf(channel, day)))])
            : [names.Select(n => (object)days.Sum(day => DayValue(channel, n, day, store.RestatementOf(channel, day)))).ToArray()];
        return TypedResults.Json(new { kind = "youtubeAnalytics#resultTable", columnHeaders = headers, rows });
    }

    /// <summary>A day's figure; the same channel, metric and day always give the same number, until the day's views are restated.</summary>
    public static long DayValue(string channel, string metric, DateOnly day, int restatement = 0) =>
        Stable.Number($"{channel}:{metric}:{day:yyyy-MM-dd}" + (restatement > 0 && metric == "views" ? $":r{restatement}" : ""), 0, metric == "views" ? 20_000 : 2_000);

    private static IResult? Failing(IEnumerable<string> ids, HttpResponse response)
    {
        var all = ids.ToList();
        if (all.Any(Failures.Throttled))
        {
            return GoogleApis.GoogleError(Failures.Throttle(response), "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Queries' of service 'youtubeanalytics.googleapis.com'.");
        }
        return all.Any(Failures.Down) ? GoogleApis.GoogleError(StatusCodes.Status503ServiceUnavailable, "UNAVAILABLE", "The service is currently unavailable.") : null;
    }

    private static bool Authorised(HttpRequest request) => Bearer.Has(request, GoogleApis.TokenPrefix) || request.Query.ContainsKey("key");

    private static IResult Unauthenticated() =>
        GoogleApis.GoogleError(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Request is missing required authentication credential.");

    private static string[] Ids(string? id) => (id ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
