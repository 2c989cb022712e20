using System.Net.Http.Headers;
using System.Text.Json;
using Xunit.Abstractions;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// The first start shows data flowing with no platform credentials: the platform sandbox posts
/// YouTube metrics webhooks through the gateway with the key the local tenant was given, ingest
/// accepts them, and the ledger records the events they became.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SandboxDataFlowTests(RunningAppHost fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan FlowWithin = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_sandbox_webhooks_reach_ingest_and_the_ledger_with_the_local_tenants_key()
    {
        using var gateway = await fixture.HealthyGatewayAsync();
        var token = await GatewayCalls.LoginAsAdminAsync(gateway, fixture.DataDirectory);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        JsonElement youtube = default;
        var recorded = 0;
        string last = "";
        while (clock.Elapsed < FlowWithin)
        {
            var sources = await GetAsync(gateway, token, "/api/ingest/sources");
            youtube = sources.EnumerateArray().FirstOrDefault(s => s.GetProperty("source").GetString() == "youtube-metrics");
            var events = await GetAsync(gateway, token, "/api/ledger/events?type=PlatformMetricsReceived&limit=5");
            recorded = events.GetProperty("items").GetArrayLength();
            last = $"sources: {sources}; ledger PlatformMetricsReceived: {recorded}";
            if (youtube.ValueKind == JsonValueKind.Object && youtube.GetProperty("deliveriesLastHour").GetInt32() > 0 && recorded > 0)
            {
                break;
            }
            await Task.Delay(2000);
        }
        output.WriteLine($"after {clock.Elapsed.TotalSeconds:F1} s: {last}");

        Assert.True(youtube.ValueKind == JsonValueKind.Object && youtube.GetProperty("deliveriesLastHour").GetInt32() > 0, last);
        Assert.Empty(youtube.GetProperty("rejectionsLast24Hours").EnumerateObject());
        Assert.True(recorded > 0, last);
        var key = await File.ReadAllTextAsync(Path.Combine(fixture.DataDirectory, PlatformSandbox.ApiKeyFileName));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(fixture.DataDirectory, PlatformSandbox.ApiKeyFileName)));
        var keys = await GetAsync(gateway, token, "/api/identity/api-keys");
        Assert.Contains(keys.EnumerateArray(), k => key.StartsWith(k.GetProperty("prefix").GetString()!, StringComparison.Ordinal));
    }

    private static async Task<JsonElement> GetAsync(HttpClient gateway, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
