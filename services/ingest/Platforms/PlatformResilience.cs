using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Ingest.Platforms;

/// <summary>
/// The platform clients keep the standard pipeline (timeouts, retries of 5xx with jitter, circuit breaker)
/// but a 429 is not retried inside the call: a platform's <c>Retry-After</c> is often minutes or hours, longer
/// than the call's total timeout, so the schedule honours it instead (<see cref="PlatformException.RetryAfter"/>).
/// The standard handler is registered for every client by ServiceDefaults and sits outside this one, so
/// turning the answer into an exception here keeps it from being retried. Each call is recorded for usage
/// and cost (inside, so a 429 is recorded as the platform sent it).
/// </summary>
public static class PlatformResilience
{
    public static IServiceCollection AddPlatformClient<TClient>(this IServiceCollection services, string platform)
        where TClient : class
    {
        services.AddHttpClient<TClient>().AddHttpMessageHandler(() => new ThrottledHandler(platform)).AddExternalCallRecording(platform);
        return services;
    }
}
