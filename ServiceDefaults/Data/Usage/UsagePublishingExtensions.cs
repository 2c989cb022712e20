using AdFlux.ServiceDefaults.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AdFlux.ServiceDefaults.Usage;

public static class UsagePublishingExtensions
{
    /// <summary>The service's recorded external calls go out through its outbox (<see cref="ExternalCallFlusher{TContext}"/>), and the hard stops in its table are enforced (<see cref="UsageHardStopRefresher{TContext}"/>).</summary>
    public static IHostApplicationBuilder AddExternalCallPublishing<TContext>(this IHostApplicationBuilder builder)
        where TContext : ServiceDbContext
    {
        builder.Services.TryAddSingleton<ExternalCallBuffer>();
        builder.Services.TryAddSingleton<UsageHardStops>();
        builder.Services.AddOptions<UsageOptions>().BindConfiguration(UsageOptions.Section);
        builder.Services.AddSingleton<ExternalCallFlusher<TContext>>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ExternalCallFlusher<TContext>>());
        builder.Services.AddHostedService<UsageHardStopRefresher<TContext>>();
        return builder;
    }
}
