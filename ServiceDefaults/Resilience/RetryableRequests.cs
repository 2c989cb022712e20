using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace AdFlux.ServiceDefaults.Resilience;

/// <summary>
/// Which failed requests the standard pipeline may send again. A transient failure of a GET, HEAD,
/// OPTIONS, PUT or DELETE is retried (HTTP makes them idempotent). A POST or PATCH is retried only
/// when the server cannot have acted on it: a 429, or a connection that was never made. A 5xx or a
/// timeout after a create was sent may come after the platform created the object, and a blind
/// retry would create it twice (a second Meta campaign, a second appended sheet row); the caller
/// decides, knowing what it sent. A POST that only reads (a search, a token grant) says so with
/// <see cref="MarkIdempotent"/>.
/// </summary>
public static class RetryableRequests
{
    private static readonly HttpRequestOptionsKey<bool> Idempotent = new("AdFlux.Idempotent");

    /// <summary>Marks a POST that changes nothing (e.g. Google Ads' searchStream) as safe to retry.</summary>
    public static HttpRequestMessage MarkIdempotent(this HttpRequestMessage request)
    {
        request.Options.Set(Idempotent, true);
        return request;
    }

    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args)
    {
        if (!HttpClientResiliencePredicates.IsTransient(args.Outcome))
        {
            return ValueTask.FromResult(false);
        }
        var request = args.Context.GetRequestMessage() ?? args.Outcome.Result?.RequestMessage;
        return ValueTask.FromResult(request is null || IsIdempotent(request)
            || args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests
            || args.Outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError });
    }

    private static bool IsIdempotent(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
        || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete
        || request.Options.TryGetValue(Idempotent, out var marked) && marked;
}
