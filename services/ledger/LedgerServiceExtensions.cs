using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;

namespace AdFlux.Ledger;

public static class LedgerServiceExtensions
{
    public static IHostApplicationBuilder AddLedgerServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<LedgerDbContext>(ResourceNames.DatabaseOf(ResourceNames.Ledger));
        builder.AddServiceBus(ResourceNames.Ledger, typeof(LedgerServiceExtensions).Assembly);
        return builder;
    }
}
