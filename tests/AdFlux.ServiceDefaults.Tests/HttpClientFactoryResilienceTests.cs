using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using AdFlux.ServiceDefaults.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Polly.CircuitBreaker;

namespace AdFlux.ServiceDefaults.Tests;

public sealed class HttpClientFactoryResilienceTests
{
    [Fact]
    public async Task Named_and_unnamed_factory_clients_retry_transient_failures()
    {
        var server = new ScriptedServer(_ => HttpStatusCode.ServiceUnavailable, _ => HttpStatusCode.ServiceUnavailable, _ => HttpStatusCode.OK);
        using var services = Services(server);
        var factory = services.GetRequiredService<IHttpClientFactory>();

        using var named = await factory.CreateClient("youtube").GetAsync("http://youtube.test/a");
        using var unnamed = await factory.CreateClient().GetAsync("http://youtube.test/b");

        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unnamed.StatusCode);
        Assert.Equal(6, server.Calls.Count);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_delay_the_server_asked_for()
    {
        var server = new ScriptedServer(
            response => Throttle(response, TimeSpan.FromMilliseconds(300)),
            _ => HttpStatusCode.OK);
        using var services = Services(server);

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("meta").GetAsync("http://meta.test/v1/things");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Calls.Count);
        Assert.True(server.Calls[1] - server.Calls[0] >= TimeSpan.FromMilliseconds(290), $"retried after {server.Calls[1] - server.Calls[0]}");
    }

    [Fact]
    public async Task A_client_error_is_returned_without_retrying()
    {
        var server = new ScriptedServer(_ => HttpStatusCode.BadRequest);
        using var services = Services(server);

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient().GetAsync("http://meta.test/v1/things");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task Retry_settings_come_from_the_Resilience_Http_section()
    {
        var server = new ScriptedServer(_ => HttpStatusCode.ServiceUnavailable);
        using var services = Services(server, new() { ["Resilience:Http:Retry:MaxRetryAttempts"] = "2" });

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient().GetAsync("http://meta.test/v1/things");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, server.Calls.Count);
    }

    [Fact]
    public async Task Each_destination_has_its_own_circuit()
    {
        var server = new ScriptedServer(_ => HttpStatusCode.ServiceUnavailable);
        using var services = Services(server, new()
        {
            ["Resilience:Http:Retry:MaxRetryAttempts"] = "1",
            ["Resilience:Http:CircuitBreaker:MinimumThroughput"] = "2",
        });
        var factory = services.GetRequiredService<IHttpClientFactory>();

        var broken = false;
        for (var i = 0; i < 5 && !broken; i++)
        {
            try
            {
                (await factory.CreateClient("meta").GetAsync("http://meta.test/a")).Dispose();
            }
            catch (BrokenCircuitException)
            {
                broken = true;
            }
        }
        var callsBefore = server.Calls.Count;
        using var other = await factory.CreateClient("spotify").GetAsync("http://spotify.test/a");

        Assert.True(broken, "meta's circuit must open after repeated failures");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, other.StatusCode);
        Assert.True(server.Calls.Count > callsBefore, "spotify must still be called while meta's circuit is open");
    }

    private static HttpStatusCode Throttle(HttpResponseMessage response, TimeSpan delay)
    {
        response.Headers.RetryAfter = new RetryConditionHeaderValue(delay);
        return HttpStatusCode.TooManyRequests;
    }

    private static ServiceProvider Services(ScriptedServer server, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Resilience:Http:Retry:Delay"] = "00:00:00.001" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddStandardHttpResilience(configuration);
        services.ConfigureAll<HttpClientFactoryOptions>(options =>
            options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = server));
        return services.BuildServiceProvider();
    }

    /// <summary>Answers the calls with the script in turn, over and over, and records when each call came.</summary>
    private sealed class ScriptedServer(params Func<HttpResponseMessage, HttpStatusCode>[] script) : HttpMessageHandler
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public List<TimeSpan> Calls { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                var response = new HttpResponseMessage();
                response.StatusCode = script[Calls.Count % script.Length](response);
                Calls.Add(_clock.Elapsed);
                return Task.FromResult(response);
            }
        }
    }
}
