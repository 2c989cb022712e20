using AdFlux.Ledger.Api;
using AdFlux.ServiceDefaults;

namespace AdFlux.Ledger;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddLedgerServices();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapLedgerApi();
        app.MapDeadLettersApi();
        app.Run();
    }
}
