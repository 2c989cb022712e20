using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Resilience;

/// <summary>
/// Adds the resilience handler to every client, with the pipeline of the client's own name:
/// the builder <c>ConfigureHttpClientDefaults</c> hands out has no name, the handler builder does.
/// </summary>
internal sealed class ResilienceHandlerFilter(HttpResiliencePipelines pipelines) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        builder.AdditionalHandlers.Insert(0, new ResilienceHandler(pipelines.For(builder.Name ?? Options.DefaultName)));
    };
}
