using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Platforms;

/// <summary>
/// YouTube Data API v3 <c>channels.list</c>/<c>videos.list</c> statistics and YouTube Analytics API v2
/// <c>reports.query</c> by day, with the channel owner's OAuth credential.
/// </summary>
public sealed class YouTubeClient(HttpClient http, PlatformTokens tokens, IOptions<PlatformOptions> options)
{
    public static readonly string[] DailyReportMetrics = ["views", "estimatedMinutesWatched", "likes", "comments", "subscribersGained"];

    public Task<IReadOnlyList<YouTubeStatistics>> GetChannelStatisticsAsync(GoogleUserCredential credential, IReadOnlyCollection<string> channelIds, CancellationToken cancellationToken) =>
        StatisticsAsync(credential, "channels", channelIds, cancellationToken);

    public Task<IReadOnlyList<YouTubeStatistics>> GetVideoStatisticsAsync(GoogleUserCredential credential, IReadOnlyCollection<string> videoIds, CancellationToken cancellationToken) =>
        StatisticsAsync(credential, "videos", videoIds, cancellationToken);

    public async Task<IReadOnlyList<DailyMetrics>> GetDailyChannelReportAsync(
        GoogleUserCredential credential, string channelId, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var query = $"reports?ids=channel=={Uri.EscapeDataString(channelId)}&startDate={start:yyyy-MM-dd}&endDate={end:yyyy-MM-dd}"
            + $"&metrics={string.Join(',', DailyReportMetrics)}&dimensions=day&sort=day";
        using var document = await GetAsync(credential, PlatformOptions.Under(options.Value.YouTubeAnalyticsBaseUrl, query), cancellationToken);
        var headers = document.RootElement.GetProperty("columnHeaders").EnumerateArray().Select(h => h.GetProperty("name").GetString()!).ToList();
        var dayColumn = headers.IndexOf("day");
        if (!document.RootElement.TryGetProperty("rows", out var rows))
        {
            return [];
        }
        return rows.EnumerateArray().Select(row =>
        {
            var cells = row.EnumerateArray().ToList();
            var day = DateOnly.ParseExact(cells[dayColumn].GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var metrics = headers.Select((name, i) => (name, i)).Where(h => h.i != dayColumn)
                .ToDictionary(h => h.name, h => cells[h.i].GetDouble(), StringComparer.Ordinal);
            return new DailyMetrics(day, metrics);
        }).ToList();
    }

    private async Task<IReadOnlyList<YouTubeStatistics>> StatisticsAsync(
        GoogleUserCredential credential, string resource, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var url = PlatformOptions.Under(options.Value.YouTubeDataBaseUrl, $"{resource}?part=statistics&id={Uri.EscapeDataString(string.Join(',', ids))}&maxResults=50");
        using var document = await GetAsync(credential, url, cancellationToken);
        return document.RootElement.GetProperty("items").EnumerateArray().Select(item =>
        {
            var counts = item.GetProperty("statistics").EnumerateObject()
                .Where(p => p.Name.EndsWith("Count", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => double.Parse(p.Value.GetString()!, CultureInfo.InvariantCulture), StringComparer.Ordinal);
            return new YouTubeStatistics(item.GetProperty("id").GetString()!, counts);
        }).ToList();
    }

    private async Task<JsonDocument> GetAsync(GoogleUserCredential credential, Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GoogleUserAsync(credential, cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        return await PlatformResponses.ReadAsync("youtube", response, cancellationToken);
    }
}
