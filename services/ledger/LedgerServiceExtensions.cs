using AdFlux.Ledger.Chain;
using AdFlux.Ledger.Checkpoints;
using AdFlux.Ledger.Consumers;
using AdFlux.Ledger.Data;
using AdFlux.Ledger.DeadLetters;
using AdFlux.Ledger.Verification;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Ledger;

public static class LedgerServiceExtensions
{
    public static IHostApplicationBuilder AddLedgerServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<LedgerDbContext>(ResourceNames.DatabaseOf(ResourceNames.Ledger));
        builder.AddServiceBus(ResourceNames.Ledger, typeof(LedgerServiceExtensions).Assembly, bus =>
        {
            // One consumer per contract, found by reflection, all on the ledger's one queue.
            foreach (var eventType in IntegrationEventCatalog.RecordedByLedger)
            {
                bus.AddConsumer(
                    typeof(LedgerEventConsumer<>).MakeGenericType(eventType),
                    typeof(LedgerEventConsumerDefinition<>).MakeGenericType(eventType));
            }
        });
        builder.Services.AddScoped<LedgerAppender>();
        builder.Services.AddScoped<ChainVerifier>();
        builder.Services.AddOptions<CheckpointOptions>().BindConfiguration(CheckpointOptions.Section);
        builder.Services.AddSingleton<CheckpointSigner>();
        builder.Services.AddScoped<CheckpointWriter>();
        builder.Services.AddHostedService<CheckpointSchedule>();
        builder.Services.AddSingleton<DeadLetterReplayer>();
        return builder;
    }
}
