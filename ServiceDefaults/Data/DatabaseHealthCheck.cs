using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdFlux.ServiceDefaults.Data;

internal sealed class DatabaseHealthCheck<TContext>(TContext db, DatabaseState<TContext> state) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsMigrated)
        {
            return HealthCheckResult.Unhealthy(
                $"database '{state.DatabaseName}' is not ready: {state.LastError ?? "migrations are running"}");
        }
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"database '{state.DatabaseName}' is reachable")
                : HealthCheckResult.Unhealthy($"database '{state.DatabaseName}' is unreachable");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"database '{state.DatabaseName}' is unreachable: {ex.GetBaseException().Message}");
        }
    }
}
