using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AdFlux.Gateway.Tests.Support;
using AdFlux.Identity.Tenants;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Telemetry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace AdFlux.Gateway.Tests;

/// <summary>
/// One request through gateway → identity → outbox → RabbitMQ → the ledger's consumer carries
/// one trace id (issue 2). All hosts run in this process, so one collector sees every span.
/// </summary>
public sealed class EndToEndTraceTests : IAsyncLifetime
{
    private readonly InMemoryActivityCollector _spans = new();
    private IsolatedResources _identityResources = null!;
    private IsolatedResources _ledgerResources = null!;
    private IdentityFactory _identity = null!;
    private ServiceFactory<AdFlux.Ledger.Program> _ledger = null!;
    private Uri _identityUrl = null!;

    public async Task InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.SharedAsync();
        _identityResources = await infrastructure.IsolateAsync("trace_identity");
        var ledgerDatabase = await infrastructure.IsolateAsync("trace_ledger");
        // Same virtual host as identity: the ledger must hear identity's events.
        _ledgerResources = new IsolatedResources(infrastructure, ledgerDatabase.Database, ledgerDatabase.DatabaseConnectionString, _identityResources.MessagingConnectionString);

        _ledger = new ServiceFactory<AdFlux.Ledger.Program>(ResourceNames.Ledger, _ledgerResources,
            services => services.AddSingleton<BaseProcessor<Activity>>(_spans));
        _ledger.StartServer();
        _identity = new TracedIdentityFactory(_identityResources, _spans);
        _identity.UseKestrel(0);
        _identity.StartServer();
        _identityUrl = new Uri(_identity.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await _identity.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
    }

    public async Task DisposeAsync()
    {
        await _identity.DisposeAsync();
        await _ledger.DisposeAsync();
        await _identityResources.DisposeAsync();
        await _ledgerResources.DisposeAsync();
    }

    [Fact]
    public async Task A_request_through_the_gateway_keeps_one_trace_id_into_another_services_consumer()
    {
        await using var gateway = new GatewayFactory(new Dictionary<string, Uri> { [ResourceNames.Identity] = _identityUrl });
        using var client = gateway.CreateClient();
        var login = await client.PostAsJsonAsync("/api/identity/login", new { email = IdentityFactory.AdminEmail, password = IdentityFactory.AdminPassword });
        var tokens = (await login.Content.ReadFromJsonAsync<TokenPair>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        var created = await client.PostAsJsonAsync("/api/identity/client-profiles", new { name = "Trace " + Guid.NewGuid().ToString("N")[..8] });

        // Three hosts share this process and each has its own tracer provider, so the trace is
        // found from identity's outbox publish rather than from a traceparent the test sends
        // (the AppHost's tracing test does that against separate processes).
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var publish = await EventuallyAsync(() => Spans().FirstOrDefault(span =>
            span.Source.Name == ServiceDefaults.Telemetry.TelemetrySources.AdFlux && span.DisplayName.Contains("ClientProfileCreated", StringComparison.Ordinal)));
        Assert.True(publish is not null, "no outbox publish span for ClientProfileCreated: " + Describe(Spans()));
        var trace = publish.TraceId;
        var consumed = await EventuallyAsync(() => Spans().FirstOrDefault(span =>
            span.TraceId == trace && span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Consumer));
        var inTrace = Spans().Where(span => span.TraceId == trace).ToList();
        Assert.True(consumed is not null, "no consumer span in the publish's trace: " + Describe(inTrace));
        Assert.Contains(consumed.TagObjects, tag => tag.Value?.ToString()?.Contains("ledger", StringComparison.OrdinalIgnoreCase) == true);
        // The gateway's server span, its proxied call, identity's server span, the broker send.
        Assert.Contains(inTrace, span => span.Source.Name == "Yarp.ReverseProxy" && span.DisplayName == "proxy.forwarder");
        Assert.True(inTrace.Count(span => span.Source.Name == "Microsoft.AspNetCore" && span.Kind == ActivityKind.Server) >= 2, Describe(inTrace));
        Assert.Contains(inTrace, span => span.Source.Name == "System.Net.Http");
        Assert.Contains(inTrace, span => span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Producer);
    }

    private static string Describe(IEnumerable<Activity> spans) =>
        string.Join("; ", spans.Select(span => $"{span.Source.Name}/{span.Kind}/{span.DisplayName}/{span.TraceId}"));

    private List<Activity> Spans() => [.. _spans.Finished.DistinctBy(span => span.SpanId)];

    private static async Task<Activity?> EventuallyAsync(Func<Activity?> find)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (find() is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        return null;
    }

    private sealed class TracedIdentityFactory(IsolatedResources resources, InMemoryActivityCollector spans) : IdentityFactory(resources)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<BaseProcessor<Activity>>(spans));
        }
    }
}
