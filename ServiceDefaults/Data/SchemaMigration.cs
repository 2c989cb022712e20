using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Data;

/// <summary>One service database's migrations: applied by the owner, or awaited by a runtime role that may not apply them.</summary>
internal interface ISchemaMigration
{
    string DatabaseName { get; }

    /// <summary>Applies pending migrations, then grants the configured runtime role its privileges.</summary>
    Task ApplyAsync(CancellationToken cancellationToken);

    /// <summary>The migrations the database still lacks (empty when its schema is current).</summary>
    Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken);
}

internal sealed class SchemaMigration<TContext>(IServiceScopeFactory scopes, DatabaseState<TContext> state, IOptions<DatabaseOptions> options)
    : ISchemaMigration
    where TContext : ServiceDbContext
{
    public string DatabaseName => state.DatabaseName;

    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // EF reads the history table before creating it and logs the failure as an error on
        // every fresh database (dotnet/efcore#37328); EF's own script creates it first.
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (options.Value.RuntimeRole is { Length: > 0 } role)
        {
            await RuntimePrivileges.GrantAsync(db, role, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }
}
