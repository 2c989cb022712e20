using System.Collections.Concurrent;

namespace AdFlux.Insights.Tests;

/// <summary>Keeps the body of every request that passes, so a test can tell whether (and what) insights asked the model.</summary>
public sealed class RecordingHandler(ConcurrentQueue<string> requests) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requests.Enqueue(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
