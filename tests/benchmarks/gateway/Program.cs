using AdFlux.Gateway.Benchmark;
using AdFlux.ServiceDefaults;

// The pieces run.sh puts together.
const string Usage = "usage: <key.pem> token | service <port> | gateway <port> <service-url> | bare <port> <service-url>";
if (args is not [var pem, .. var command])
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var key = BenchSigningKey.LoadOrCreate(pem);
switch (command)
{
    case ["token"]:
        Console.WriteLine(BenchToken.Create(key));
        break;
    case ["service", var port]:
        await using (await BenchHost<AdFlux.Ingest.Program>.IngestAsync(int.Parse(port), key))
        {
            Console.WriteLine("ready");
            await WaitForStdinCloseAsync();
        }
        break;
    case ["gateway", var port, var serviceUrl]:
        await using (var gateway = new BenchHost<AdFlux.Gateway.Program>(int.Parse(port), key, new Dictionary<string, string?>
        {
            [ResourceNames.ServiceUrlKey(ResourceNames.Ingest)] = serviceUrl,
            // The limiters run (their cost is measured) but never reject the load generator.
            ["Gateway:RateLimits:PerIp:PermitLimit"] = "1000000000",
            ["Gateway:RateLimits:PerTenant:PermitLimit"] = "1000000000",
        }))
        {
            gateway.Start();
            Console.WriteLine("ready");
            await WaitForStdinCloseAsync();
        }
        break;
    case ["bare", var port, var serviceUrl]:
        await using (await BareProxy.StartAsync(int.Parse(port), serviceUrl))
        {
            Console.WriteLine("ready");
            await WaitForStdinCloseAsync();
        }
        break;
    default:
        Console.Error.WriteLine(Usage);
        return 2;
}
return 0;

static async Task WaitForStdinCloseAsync()
{
    while (await Console.In.ReadLineAsync() is not null)
    {
    }
}
