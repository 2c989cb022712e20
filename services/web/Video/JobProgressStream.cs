using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AdFlux.Web.Gateway;

namespace AdFlux.Web.Video;

/// <summary>
/// Video's progress stream of one job (<c>GET /api/video/jobs/{id}/events</c>, server-sent events), read through
/// the gateway with the session's token: each state or progress change, until the job ends.
/// </summary>
public static class JobProgressStream
{
    /// <summary>A stream a proxy cut before the job ended is opened again, at most this many times.</summary>
    public const int MaxReconnects = 20;

    public static async IAsyncEnumerable<VideoJob> WatchAsync(GatewayClient api, Guid jobId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt <= MaxReconnects && !cancellationToken.IsCancellationRequested; attempt++)
        {
            using var response = await api.OpenAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, $"/api/video/jobs/{jobId}/events");
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
                return request;
            }, cancellationToken: cancellationToken);
            if (response is not { IsSuccessStatusCode: true })
            {
                yield break;
            }
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            VideoJob? last = null;
            var events = SseParser.Create(body, (_, data) => JsonSerializer.Deserialize<VideoJob>(data, JsonSerializerOptions.Web));
            await foreach (var item in events.EnumerateAsync(cancellationToken))
            {
                if (item.Data is { } job)
                {
                    last = job;
                    yield return job;
                }
            }
            if (last?.IsFinished == true)
            {
                yield break;
            }
        }
    }
}
