using AdFlux.ServiceDefaults.Outbox;
using AdFlux.ServiceDefaults.Tenancy;
using AdFlux.ServiceDefaults.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AdFlux.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's one DbContext on PostgreSQL from <c>ConnectionStrings:&lt;databaseName&gt;</c>,
    /// migrated in the background at start-up or by a separate step (<see cref="DatabaseOptions"/>;
    /// a database that is down or behind makes <c>/health</c> answer 503 naming it instead of
    /// crashing the process), a <c>database</c> health check,
    /// and the outbox dispatcher that publishes what <c>db.AddEvent(...)</c> wrote (needs
    /// <c>AddServiceBus</c>).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string databaseName)
        where TContext : ServiceDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(databaseName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Missing configuration 'ConnectionStrings:{databaseName}' (environment variable ConnectionStrings__{databaseName}).");
        }

        builder.Services.AddSingleton<OutboxSignal<TContext>>();
        builder.Services.AddSingleton<OutboxInterceptor<TContext>>();
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetRequiredService<OutboxInterceptor<TContext>>())
            // Migrations are hand-written (the EF Design tooling is not served here), so there
            // is no model snapshot to compare with; a test compares the migrated schema instead.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning)));
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddScoped<MessageTenant>();
        builder.Services.TryAddScoped<ITenantContext, ClaimsTenantContext>();
        builder.Services.AddSingleton(new DatabaseState<TContext>(databaseName));
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        builder.Services.AddSingleton<SchemaMigration<TContext>>();
        builder.Services.AddSingleton<ISchemaMigration>(services => services.GetRequiredService<SchemaMigration<TContext>>());
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHostedService<OutboxRetention<TContext>>();
        builder.AddExternalCallPublishing<TContext>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>("database");
        return builder;
    }
}
