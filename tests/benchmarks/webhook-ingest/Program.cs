using System.Net.Http.Headers;
using System.Net.Http.Json;
using AdFlux.Ingest.Api;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using AdFlux.WebhookIngest.Benchmark;

// Not run by CI: `dotnet run -c Release --project tests/benchmarks/webhook-ingest [-- seconds=20 connections=32]`.
var seconds = Setting("seconds", 20);
var connections = Setting("connections", 32);
ServiceContentRoots.PointAt("ingest", "ledger");
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ADFLUX_GATEWAY", Path.Combine(RepositoryPaths.Root, "gateway"));
var infrastructure = await TestInfrastructure.SharedAsync();
await using var ingestResources = await infrastructure.IsolateAsync("bench_ingest");
var ledgerDatabase = $"bench_ledger_{Guid.NewGuid():N}"[..30];
await infrastructure.Postgres.EnsureDatabaseAsync(ledgerDatabase);
var ledgerDb = infrastructure.Postgres.ConnectionStringFor(ledgerDatabase);

await using var ingest = new KestrelHost<AdFlux.Ingest.Program>(ResourceNames.Ingest, "http://127.0.0.1:0", new Dictionary<string, string?>
{
    [$"ConnectionStrings:{ResourceNames.DatabaseOf(ResourceNames.Ingest)}"] = ingestResources.DatabaseConnectionString,
    [$"ConnectionStrings:{ResourceNames.Messaging}"] = ingestResources.MessagingConnectionString,
    ["Ingest:Secrets:Key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
});
await using var ledger = new KestrelHost<AdFlux.Ledger.Program>(ResourceNames.Ledger, "http://127.0.0.1:0", new Dictionary<string, string?>
{
    [$"ConnectionStrings:{ResourceNames.DatabaseOf(ResourceNames.Ledger)}"] = ledgerDb,
    [$"ConnectionStrings:{ResourceNames.Messaging}"] = ingestResources.MessagingConnectionString,
});
await using var gateway = new KestrelHost<AdFlux.Gateway.Program>(ResourceNames.Gateway, "http://127.0.0.1:0", new Dictionary<string, string?>
{
    [ResourceNames.ServiceUrlKey(ResourceNames.Ingest)] = ingest.Url.ToString(),
    // The limiters run (their cost is measured) but never reject the load generator.
    ["Gateway:RateLimits:PerIp:PermitLimit"] = "1000000000",
    ["Gateway:RateLimits:PerTenant:PermitLimit"] = "1000000000",
});
await using var bare = await BareEndpoint.StartAsync();
var bareUrl = new Uri(bare.Urls.First());

var tenant = Guid.NewGuid();
var token = TestTokens.Admin(tenant);
using var admin = new HttpClient { BaseAddress = gateway.Url };
admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
using var rotated = await admin.PostAsync("/api/ingest/webhook-secrets/youtube-metrics/rotate", null);
rotated.EnsureSuccessStatusCode();
var secret = (await rotated.Content.ReadFromJsonAsync<CreatedWebhookSecretResponse>())!.Secret;

Console.WriteLine($"webhook-ingest benchmark on {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, "
    + $"{connections} connections, {seconds} s per run (after a 3 s warm-up of each)");
var length = TimeSpan.FromSeconds(seconds);
await LoadRun.RunAsync("warm-up", bareUrl, token, secret, connections, TimeSpan.FromSeconds(3), readReceipts: false);
var baseline = await LoadRun.RunAsync("bare 202 endpoint (no work)", bareUrl, token, secret, connections, length, readReceipts: false);
await LoadRun.RunAsync("warm-up", gateway.Url, token, secret, connections, TimeSpan.FromSeconds(3), readReceipts: true);
var durable = await LoadRun.RunAsync("gateway -> ingest (signed, durable)", gateway.Url, token, secret, connections, length, readReceipts: true);
// Where the time goes: the same deliveries straight to ingest, without the gateway's hop.
var direct = await LoadRun.RunAsync("ingest direct (signed, durable)", ingest.Url, token, secret, connections, length, readReceipts: true);
Console.WriteLine(baseline.Summary());
Console.WriteLine(durable.Summary());
Console.WriteLine(direct.Summary());
Console.WriteLine($"durable ingest rate = {durable.PerSecond / baseline.PerSecond:P1} of the bare endpoint's; target >= 2000/s at p99 <= 250 ms: "
    + (durable.PerSecond >= 2000 && Percentiles.Of(durable.SortedLatencies, 0.99) <= 250 ? "met" : "NOT met"));
Console.WriteLine(await LossCheck.RunAsync(ingestResources.DatabaseConnectionString, ledgerDb, [.. durable.AcceptedIds, .. direct.AcceptedIds], TimeSpan.FromMinutes(10)));
return 0;

int Setting(string name, int fallback) =>
    args.Select(a => a.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == name) is { } pair ? int.Parse(pair[1]) : fallback;
