using System.Net;
using Microsoft.Extensions.Http.Resilience;

namespace AdFlux.Ingest.Platforms;

/// <summary>
/// The platform clients keep the standard pipeline (timeouts, retries of 5xx with jitter, circuit breaker)
/// but do not retry a 429 inside the call: a platform's <c>Retry-After</c> is often minutes or hours, longer
/// than the call's total timeout, so the schedule honours it instead (<see cref="PlatformException.RetryAfter"/>).
/// </summary>
public static class PlatformResilience
{
    public static IServiceCollection AddPlatformClient<TClient>(this IServiceCollection services)
        where TClient : class
    {
        services.AddHttpClient<TClient>();
        // The standard handler ServiceDefaults adds to every client reads options named "<client>-standard".
        services.PostConfigure<HttpStandardResilienceOptions>($"{typeof(TClient).Name}-standard", options =>
        {
            var retryable = options.Retry.ShouldHandle;
            options.Retry.ShouldRetryAfterHeader = false;
            options.Retry.ShouldHandle = args => args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests ? ValueTask.FromResult(false) : retryable(args);
        });
        return services;
    }
}
