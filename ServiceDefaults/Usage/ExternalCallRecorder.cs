using AdFlux.Contracts.Usage;
using Microsoft.Extensions.Logging;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// The HTTP handler of every client that calls an external provider: refuses the call when the
/// tenant's usage budget is exhausted with a hard stop (<see cref="UsageHardStops"/>), else records
/// it — provider, operation template, tenant (<see cref="AmbientTenant"/>), latency, status and, for
/// a chat model, tokens and cost — into <see cref="ExternalCallBuffer"/>. It sits inside the
/// resilience handler, so each attempt a retry makes is a call of its own, as the provider counts it.
/// </summary>
public sealed class ExternalCallRecorder(
    string provider,
    ExternalCallBuffer buffer,
    UsageHardStops stops,
    TimeProvider clock,
    ILogger<ExternalCallRecorder> logger,
    Func<HttpResponseMessage, CancellationToken, Task<CallUsage?>>? usage = null) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var tenant = AmbientTenant.Current;
        if (tenant is { } stopped && stops.StopOf(stopped, clock.GetUtcNow()) is { } stop)
        {
            throw new UsageBudgetExhaustedException(stopped, provider, stop);
        }
        var operation = OperationNames.Of(request.Method, request.RequestUri);
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
            return response;
        }
        finally
        {
            var latency = clock.GetElapsedTime(started);
            var used = response is { IsSuccessStatusCode: true } ? await ReadUsageAsync(response, operation, cancellationToken) : null;
            if (tenant is { } tenantId)
            {
                buffer.Add(new RecordedCall(tenantId, new ExternalApiCall(
                    Guid.CreateVersion7(), provider, operation, startedAt, (int)Math.Min(int.MaxValue, latency.TotalMilliseconds),
                    response is null ? null : (int)response.StatusCode, response?.IsSuccessStatusCode ?? false,
                    used?.InputTokens, used?.OutputTokens, used?.Cost, used?.Currency)));
            }
            else
            {
                logger.LogWarning("A {Provider} call ({Operation}) was made outside any tenant's flow and is not recorded", provider, operation);
            }
        }
    }

    private async Task<CallUsage?> ReadUsageAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (usage is null)
        {
            return null;
        }
        try
        {
            return await usage(response, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The caller gets its answer either way; only its token count is lost.
            logger.LogWarning(exception, "Could not read the usage of a {Provider} answer ({Operation})", provider, operation);
            return null;
        }
    }
}
