using System.Net;
using System.Text;
using AdFlux.ServiceDefaults.AI;
using AdFlux.ServiceDefaults.Usage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Insights.Tests.Usage;

/// <summary>The recording handler against the platform sandbox (no database or broker): what one call leaves in the buffer, and the hard stop.</summary>
public sealed class ExternalCallRecorderTests : IAsyncLifetime
{
    private const string Section = "Test:Chat";

    private readonly WebApplicationFactory<SandboxProgram> _sandbox = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task A_chat_call_to_the_sandbox_is_recorded_with_its_tenant_operation_status_latency_and_tokens_and_the_answer_still_reads()
    {
        var tenant = Guid.NewGuid();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"{Section}:SandboxEndpoint"] = _sandbox.Server.BaseAddress + "v1";
        builder.AddChatProvider(Section);
        builder.Services.AddHttpClient(Section).ConfigurePrimaryHttpMessageHandler(() => _sandbox.Server.CreateHandler());
        using var host = builder.Build();
        var (chat, _) = host.Services.GetRequiredService<ChatClients>().Create(Section);

        AmbientTenant.Set(tenant);
        var answer = await chat.GetResponseAsync("Say hello to the usage tracker");

        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        var recorded = Assert.Single(host.Services.GetRequiredService<ExternalCallBuffer>().Take(10));
        Assert.Equal(tenant, recorded.TenantId);
        var call = recorded.Call;
        Assert.Equal(ChatProvider.Sandbox, call.Provider);
        Assert.Equal("POST v1/chat/completions", call.Operation);
        Assert.Equal(200, call.StatusCode);
        Assert.True(call.Succeeded);
        Assert.InRange(call.LatencyMs, 0, 60_000);
        Assert.Equal(answer.Usage?.InputTokenCount, call.InputTokens);
        Assert.Equal(answer.Usage?.OutputTokenCount, call.OutputTokens);
        Assert.True(call.InputTokens > 0 && call.OutputTokens > 0);
        // The sandbox charges nothing, and says so with a price of zero rather than none.
        Assert.Equal(0m, call.Cost);
        Assert.Equal("USD", call.Currency);
    }

    [Fact]
    public async Task A_platform_call_is_recorded_by_route_template_and_never_with_its_key()
    {
        var tenant = Guid.NewGuid();
        var buffer = new ExternalCallBuffer();
        using var http = new HttpClient(Recorder("youtube", buffer, new UsageHardStops(), _sandbox.Server.CreateHandler())) { BaseAddress = _sandbox.Server.BaseAddress };

        AmbientTenant.Set(tenant);
        using var response = await http.GetAsync("/youtube/v3/channels?part=statistics&id=UCsecretchannel123&key=AIzaSECRETKEY");

        var recorded = Assert.Single(buffer.Take(10));
        Assert.Equal(tenant, recorded.TenantId);
        Assert.Equal("youtube", recorded.Call.Provider);
        Assert.Equal("GET youtube/v3/channels", recorded.Call.Operation);
        Assert.Equal((int)response.StatusCode, recorded.Call.StatusCode);
        Assert.Equal(response.IsSuccessStatusCode, recorded.Call.Succeeded);
        Assert.DoesNotContain("SECRET", recorded.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(recorded.Call.InputTokens);
    }

    [Fact]
    public async Task A_priced_model_answer_costs_its_tokens_at_the_sections_price_table()
    {
        var settings = new ChatProviderOptions
        {
            Endpoint = "https://api.openai.com/v1",
            ApiKey = "not-sent",
            Model = "gpt-4o-mini",
            Prices = { ["gpt-4o-mini"] = new ModelPrice { InputPerMillionTokens = 0.15m, OutputPerMillionTokens = 0.60m, Currency = "USD" } },
        };
        var provider = ChatCallUsage.ProviderOf(settings);
        var buffer = new ExternalCallBuffer();
        var answer = new Answering(HttpStatusCode.OK, """{"id":"x","model":"gpt-4o-mini-2024-07-18","choices":[],"usage":{"prompt_tokens":1000,"completion_tokens":500,"total_tokens":1500}}""");
        var recorder = new ExternalCallRecorder(provider.Name, buffer, new UsageHardStops(), TimeProvider.System, NullLogger<ExternalCallRecorder>.Instance,
            (response, cancellationToken) => ChatCallUsage.ReadAsync(response, provider, settings, Section, cancellationToken)) { InnerHandler = answer };
        using var http = new HttpClient(recorder);

        AmbientTenant.Set(Guid.NewGuid());
        using var response = await http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent("{}", Encoding.UTF8, "application/json"));

        var call = Assert.Single(buffer.Take(10)).Call;
        Assert.Equal("api.openai.com", call.Provider);
        Assert.Equal((1000L, 500L), (call.InputTokens, call.OutputTokens));
        Assert.Equal((1000 * 0.15m + 500 * 0.60m) / 1_000_000m, call.Cost);
        Assert.Equal("USD", call.Currency);
        Assert.Contains("gpt-4o-mini", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_under_a_hard_stop_gets_a_refusal_naming_the_budget_and_no_call_is_made_or_recorded()
    {
        var tenant = Guid.NewGuid();
        var stops = new UsageHardStops();
        stops.Apply(new UsageHardStop(tenant, "2026-11", 25m, "USD", DateTimeOffset.UtcNow.AddDays(1)));
        var buffer = new ExternalCallBuffer();
        var answer = new Answering(HttpStatusCode.OK, "{}");
        using var http = new HttpClient(Recorder("spotify", buffer, stops, answer));

        AmbientTenant.Set(tenant);
        var refused = await Assert.ThrowsAsync<UsageBudgetExhaustedException>(() => http.GetAsync("https://api.spotify.com/v1/artists/123"));

        Assert.Contains("25 USD", refused.Message, StringComparison.Ordinal);
        Assert.Contains("spotify", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, answer.Calls);
        Assert.Equal(0, buffer.Count);

        // Another tenant's calls go through.
        AmbientTenant.Set(Guid.NewGuid());
        using var other = await http.GetAsync("https://api.spotify.com/v1/artists/123");
        Assert.Equal(1, answer.Calls);
        Assert.Equal(1, buffer.Count);
    }

    private static ExternalCallRecorder Recorder(string provider, ExternalCallBuffer buffer, UsageHardStops stops, HttpMessageHandler inner) =>
        new(provider, buffer, stops, TimeProvider.System, NullLogger<ExternalCallRecorder>.Instance) { InnerHandler = inner };

    private sealed class Answering(HttpStatusCode status, string json) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json"), RequestMessage = request });
        }
    }
}
