using AdFlux.Ledger.Data;
using AdFlux.Testing;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ledger.Benchmarks;

/// <summary>A fresh, migrated ledger database.</summary>
public static class BenchmarkDatabase
{
    public static async Task<(string Name, string ConnectionString)> CreateAsync(TestInfrastructure infrastructure, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..30];
        await infrastructure.Postgres.EnsureDatabaseAsync(name);
        var connectionString = infrastructure.Postgres.ConnectionStringFor(name);
        await using var db = Open(connectionString);
        await db.Database.MigrateAsync();
        return (name, connectionString);
    }

    public static LedgerDbContext Open(string connectionString) =>
        new(MigrationSchema.OptionsFor<LedgerDbContext>(connectionString), new FixedTenantContext(null));
}
