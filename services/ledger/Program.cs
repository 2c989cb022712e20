using AdFlux.Ledger.Api;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;

namespace AdFlux.Ledger;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddLedgerServices();
        var app = builder.Build();
        if (await app.RunMigrationsOnlyAsync())
        {
            return;
        }
        app.MapDefaultEndpoints();
        app.MapLedgerApi();
        app.MapDeadLettersApi();
        await app.RunAsync();
    }
}
