using System.Net;

namespace AdFlux.Ingest.Platforms;

/// <summary>Turns a platform's 429 into a <see cref="PlatformException"/> carrying its Retry-After, before the retry strategy sees a response to retry.</summary>
public sealed class ThrottledHandler(string platform) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return response;
        }
        using (response)
        {
            throw new PlatformException(platform, response.StatusCode, "429: the platform is throttling these calls", PlatformResponses.RetryAfterOf(response));
        }
    }
}
