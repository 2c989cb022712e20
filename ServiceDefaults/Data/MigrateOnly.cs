using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Data;

public static class MigrateOnly
{
    private static readonly TimeSpan[] Retries = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15)];

    /// <summary>
    /// The migration step (<c>--Database:MigrateOnly=true</c>, run with the owner's login):
    /// migrates the service's database, grants the runtime role, and returns true so the entry
    /// point exits before anything serves or consumes. False in a normal start.
    /// </summary>
    public static async Task<bool> RunMigrationsOnlyAsync(this IHost app)
    {
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnly)
        {
            return false;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateOnly));
        foreach (var migration in app.Services.GetServices<ISchemaMigration>())
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await migration.ApplyAsync(CancellationToken.None);
                    logger.LogInformation("Database {Database} is migrated", migration.DatabaseName);
                    break;
                }
                catch (Exception ex) when (attempt < Retries.Length)
                {
                    logger.LogWarning("Database {Database} not migrated ({Error}); retrying in {Delay}", migration.DatabaseName, ex.GetBaseException().Message, Retries[attempt]);
                    await Task.Delay(Retries[attempt]);
                }
            }
        }
        return true;
    }
}
