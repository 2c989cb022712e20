using Microsoft.Extensions.Http;

namespace AdFlux.ServiceDefaults.Resilience;

/// <summary>
/// Adds the standard pipeline to every client IHttpClientFactory builds, keyed by the client's
/// name: <c>ConfigureHttpClientDefaults</c> does not know the name, and one shared circuit
/// breaker would let one failing platform cut off all the others.
/// </summary>
internal sealed class ResilienceHandlerFilter(HttpResiliencePipelines pipelines) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        builder.AdditionalHandlers.Add(new ResilienceHandler(pipelines.For(builder.Name ?? Microsoft.Extensions.Options.Options.DefaultName)));
    };
}
