using System.Net;
using System.Net.Http.Headers;
using AdFlux.ServiceDefaults.Resilience;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Tests;

public sealed class ResilienceHandlerTests
{
    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_delay_the_server_asked_for()
    {
        var server = new ScriptedHandler(
            Respond(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMilliseconds(300)),
            Respond(HttpStatusCode.OK));
        using var client = ClientOver(server, new HttpResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(1) });

        using var response = await client.GetAsync("http://platform.test/v1/things");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Calls.Count);
        Assert.True(server.Calls[1] - server.Calls[0] >= TimeSpan.FromMilliseconds(290), $"retried after {server.Calls[1] - server.Calls[0]}");
    }

    [Fact]
    public async Task A_client_error_is_returned_without_retrying()
    {
        var server = new ScriptedHandler(Respond(HttpStatusCode.BadRequest));
        using var client = ClientOver(server, new HttpResilienceOptions());

        using var response = await client.GetAsync("http://platform.test/v1/things");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task Server_errors_are_retried_up_to_the_limit_then_returned()
    {
        var server = new ScriptedHandler(Enumerable.Range(0, 10).Select(_ => Respond(HttpStatusCode.ServiceUnavailable)).ToArray());
        using var client = ClientOver(server, new HttpResilienceOptions { MaxRetryAttempts = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1) });

        using var response = await client.GetAsync("http://platform.test/v1/things");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, server.Calls.Count);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_stops_calling_the_server()
    {
        var server = new ScriptedHandler(Enumerable.Range(0, 50).Select(_ => Respond(HttpStatusCode.InternalServerError)).ToArray());
        var options = new HttpResilienceOptions { MaxRetryAttempts = 0, BreakerMinimumThroughput = 3, BreakerFailureRatio = 0.5 };
        using var client = ClientOver(server, options);

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("http://platform.test/v1/things")).Dispose();
        }
        await Assert.ThrowsAsync<Polly.CircuitBreaker.BrokenCircuitException>(() => client.GetAsync("http://platform.test/v1/things"));

        Assert.Equal(3, server.Calls.Count);
    }

    private static HttpClient ClientOver(HttpMessageHandler server, HttpResilienceOptions options)
    {
        var pipelines = new HttpResiliencePipelines(new StaticOptionsMonitor(options), TimeProvider.System);
        return new HttpClient(new ResilienceHandler(pipelines.For("test")) { InnerHandler = server });
    }

    private static Func<HttpResponseMessage> Respond(HttpStatusCode status, TimeSpan? retryAfter = null) => () =>
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(delay);
        }
        return response;
    };

    private sealed class ScriptedHandler(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
    {
        private int _next;

        public List<TimeSpan> Calls { get; } = [];

        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add(_clock.Elapsed);
                return Task.FromResult(responses[Math.Min(_next++, responses.Length - 1)]());
            }
        }
    }

    private sealed class StaticOptionsMonitor(HttpResilienceOptions options) : IOptionsMonitor<HttpResilienceOptions>
    {
        public HttpResilienceOptions CurrentValue => options;

        public HttpResilienceOptions Get(string? name) => options;

        public IDisposable? OnChange(Action<HttpResilienceOptions, string?> listener) => null;
    }
}
