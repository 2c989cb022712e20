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
    public async Task A_post_that_failed_with_a_server_error_is_not_sent_again_since_the_platform_may_have_acted_on_it()
    {
        var server = new ScriptedServer(_ => HttpStatusCode.InternalServerError, _ => HttpStatusCode.OK);
        using var services = Services(server);

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("meta")
            .PostAsync("http://meta.test/v21.0/act_1/campaigns", new StringContent("name=Launch"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task A_put_or_delete_after_a_server_error_is_retried_as_http_makes_them_idempotent()
    {
        var server = new ScriptedServer(_ => HttpStatusCode.ServiceUnavailable, _ => HttpStatusCode.OK);
        using var services = Services(server);
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient();

        using var put = await client.PutAsync("http://meta.test/things/1", new StringContent("{}"));
        using var delete = await client.DeleteAsync("http://meta.test/things/1");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(4, server.Calls.Count);
    }

    [Fact]
    public async Task A_throttled_post_a_post_marked_idempotent_and_a_post_never_connected_are_retried()
    {
        var throttled = new ScriptedServer(response => Throttle(response, TimeSpan.FromMilliseconds(1)), _ => HttpStatusCode.OK);
        var search = new ScriptedServer(_ => HttpStatusCode.ServiceUnavailable, _ => HttpStatusCode.OK);
        var refused = new ScriptedServer(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"), _ => HttpStatusCode.OK);

        foreach (var (server, request) in new[]
        {
            (throttled, new HttpRequestMessage(HttpMethod.Post, "http://meta.test/v21.0/act_1/campaigns")),
            (search, new HttpRequestMessage(HttpMethod.Post, "http://googleads.test/v21/customers/1/googleAds:searchStream").MarkIdempotent()),
            (refused, new HttpRequestMessage(HttpMethod.Post, "http://meta.test/v21.0/act_1/campaigns")),
        })
        {
            using var services = Services(server);
            using (request)
            {
                using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient().SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            Assert.Equal(2, server.Calls.Count);
        }
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
                var step = script[Calls.Count % script.Length];
                Calls.Add(_clock.Elapsed);
                response.StatusCode = step(response);
                return Task.FromResult(response);
            }
        }
    }
}
