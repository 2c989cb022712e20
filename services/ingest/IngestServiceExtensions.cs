using AdFlux.Ingest.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;

namespace AdFlux.Ingest;

public static class IngestServiceExtensions
{
    public static IHostApplicationBuilder AddIngestServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IngestDbContext>(ResourceNames.DatabaseOf(ResourceNames.Ingest));
        builder.AddServiceBus(ResourceNames.Ingest, typeof(IngestServiceExtensions).Assembly);
        return builder;
    }
}
