using System.Net;
using AdFlux.ServiceDefaults.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace AdFlux.ServiceDefaults.Tests;

public sealed class HttpClientFactoryResilienceTests
{
    [Fact]
    public async Task Named_and_unnamed_factory_clients_retry_transient_failures()
    {
        var server = new FlakyHandler(failures: 2);
        using var services = Services(server);
        var factory = services.GetRequiredService<IHttpClientFactory>();

        using var named = await factory.CreateClient("youtube").GetAsync("http://platform.test/a");
        using var unnamed = await factory.CreateClient().GetAsync("http://platform.test/b");

        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unnamed.StatusCode);
        Assert.Equal(6, server.Calls);
    }

    [Fact]
    public async Task Each_client_has_its_own_circuit()
    {
        var server = new FlakyHandler(failures: int.MaxValue);
        using var services = Services(server, new()
        {
            ["Resilience:Http:MaxRetryAttempts"] = "0",
            ["Resilience:Http:BreakerMinimumThroughput"] = "2",
        });
        var factory = services.GetRequiredService<IHttpClientFactory>();
        for (var i = 0; i < 2; i++)
        {
            (await factory.CreateClient("meta").GetAsync("http://platform.test/a")).Dispose();
        }

        await Assert.ThrowsAsync<Polly.CircuitBreaker.BrokenCircuitException>(() => factory.CreateClient("meta").GetAsync("http://platform.test/a"));
        using var other = await factory.CreateClient("spotify").GetAsync("http://platform.test/a");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, other.StatusCode);
    }

    private static ServiceProvider Services(FlakyHandler server, Dictionary<string, string?>? settings = null)
    {
        var defaults = new Dictionary<string, string?> { ["Resilience:Http:RetryBaseDelay"] = "00:00:00.001" };
        foreach (var (key, value) in settings ?? [])
        {
            defaults[key] = value;
        }
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(defaults).Build());
        services.AddSingleton(TimeProvider.System);
        services.AddStandardHttpResilience();
        services.ConfigureAll<HttpClientFactoryOptions>(options =>
            options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = server));
        return services.BuildServiceProvider();
    }

    private sealed class FlakyHandler(int failures) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            var failed = failures == int.MaxValue || (call - 1) % (failures + 1) < failures;
            return Task.FromResult(new HttpResponseMessage(failed ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
        }
    }
}
