using System.Diagnostics;
using System.Text.Json;
using AdFlux.AppHost.Infrastructure;
using AdFlux.ServiceDefaults;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// One request through the gateway to identity, whose outbox publishes <c>UserCreated</c> that
/// the ledger consumes: one trace id across all of it, read back from the Aspire dashboard's
/// telemetry API, and the dashboard's trace view of it captured by headless Chromium.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class TracingTests(RunningAppHost fixture, ITestOutputHelper output)
{
    private const int ServerKind = 2;
    private const int ConsumerKind = 5;

    [Fact]
    public async Task One_trace_spans_gateway_identity_outbox_publish_and_ledger_consumer_on_the_dashboard()
    {
        using var gateway = await fixture.HealthyGatewayAsync();
        var token = await GatewayCalls.LoginAsAdminAsync(gateway, fixture.DataDirectory);
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        await GatewayCalls.CreateUserAsync(gateway, token, $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        // Each service exports in batches on its own schedule: wait until every part has arrived.
        Predicate<Span>[] expected =
        [
            s => s.Service == ResourceNames.Gateway && s.Kind == ServerKind,
            s => s.Service == ResourceNames.Gateway && s.Name == "proxy.forwarder",
            s => s.Service == ResourceNames.Identity && s.Kind == ServerKind,
            s => s.Service == ResourceNames.Identity && s.Name == "outbox publish UserCreated",
            s => s.Service == ResourceNames.Ledger && s.Kind == ConsumerKind,
        ];
        var spans = await WaitForTraceAsync(traceId, spans => expected.All(part => spans.Any(span => part(span))), TimeSpan.FromMinutes(2));

        foreach (var span in spans)
        {
            output.WriteLine($"{span.Service,-10} kind={span.Kind} {span.Name}");
        }
        Assert.All(expected, part => Assert.Contains(spans, part));

        await CaptureTraceViewAsync(traceId);
    }

    private async Task<IReadOnlyList<Span>> WaitForTraceAsync(string traceId, Func<IReadOnlyList<Span>, bool> complete, TimeSpan within)
    {
        using var dashboard = new HttpClient { BaseAddress = fixture.DashboardUrl };
        dashboard.DefaultRequestHeaders.Add("X-API-Key", fixture.DashboardApiKey);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<Span> spans = [];
        while (clock.Elapsed < within)
        {
            using var response = await dashboard.GetAsync(new Uri($"/api/telemetry/traces/{traceId}", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                spans = Span.Parse(await response.Content.ReadAsStringAsync());
                if (complete(spans))
                {
                    return spans;
                }
            }
            else
            {
                Assert.NotEqual(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
            }
            await Task.Delay(500);
        }
        throw new Xunit.Sdk.XunitException($"Trace {traceId} incomplete after {within}: {string.Join("; ", spans.Select(s => $"{s.Service}:{s.Name}"))}");
    }

    /// <summary>Debian's Chromium (installed as a prerequisite when missing) driven by Playwright; the PNG is kept as a test artifact.</summary>
    private async Task CaptureTraceViewAsync(string traceId)
    {
        await Prerequisites.EnsureAsync([Prerequisites.Chromium], output.WriteLine, CancellationToken.None);
        var artifact = Path.Combine(AppContext.BaseDirectory, "artifacts", "dashboard-trace-view.png");
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        File.Delete(artifact);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.ChromiumExecutable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(fixture.DashboardLoginUrl.ToString());
        await page.GotoAsync(new Uri(fixture.DashboardUrl, $"/traces/detail/{traceId}").ToString());
        await page.GetByText("outbox publish UserCreated").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = artifact, FullPage = true });

        var content = await page.ContentAsync();
        Assert.Contains(traceId[..7], content, StringComparison.Ordinal);
        Assert.True(new FileInfo(artifact).Length > 10_000, "screenshot too small to show anything");
        output.WriteLine($"Dashboard trace view: {artifact}");
    }

    private sealed record Span(string Service, string Name, int Kind)
    {
        public static IReadOnlyList<Span> Parse(string json)
        {
            using var document = JsonDocument.Parse(json);
            var spans = new List<Span>();
            foreach (var resourceSpans in document.RootElement.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
            {
                var service = resourceSpans.GetProperty("resource").GetProperty("attributes").EnumerateArray()
                    .Where(a => a.GetProperty("key").GetString() == "service.name")
                    .Select(a => a.GetProperty("value").GetProperty("stringValue").GetString())
                    .FirstOrDefault() ?? "";
                foreach (var scope in resourceSpans.GetProperty("scopeSpans").EnumerateArray())
                {
                    foreach (var span in scope.GetProperty("spans").EnumerateArray())
                    {
                        var kind = span.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.Number ? k.GetInt32() : 0;
                        spans.Add(new Span(service, span.GetProperty("name").GetString() ?? "", kind));
                    }
                }
            }
            return spans;
        }
    }
}
