using Polly;

namespace AdFlux.ServiceDefaults.Resilience;

/// <summary>Runs each outbound request through its client's pipeline.</summary>
public sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            static async (state, token) => await state.Handler.SendCoreAsync(state.Request, token).ConfigureAwait(false),
            (Handler: this, Request: request),
            cancellationToken).ConfigureAwait(false);

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
