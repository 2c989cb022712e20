using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Xunit;

namespace AdFlux.Testing;

/// <summary>
/// Proves a context's hand-written migrations build the schema its model expects (there is
/// no EF model snapshot here to catch drift): one database is migrated, another is made by
/// <c>EnsureCreated</c> from the model, and their tables, columns (type, nullability, default),
/// indexes (full definition, so uniqueness and filters count), foreign keys, check constraints,
/// triggers and functions must be the same. What the model cannot express (a trigger written in
/// a migration's SQL, such as the ledger's append-only guard) is named by the caller in
/// <c>migrationOnly</c>, exactly as described here, and must then be present.
/// </summary>
public static class MigrationSchema
{
    public static DbContextOptions<TContext> OptionsFor<TContext>(string connectionString)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;

    public static async Task AssertMigrationsMatchModelAsync<TContext>(
        TestInfrastructure infrastructure, Func<string, TContext> create, params string[] migrationOnly)
        where TContext : DbContext
    {
        var name = typeof(TContext).Name.ToLowerInvariant();
        var migrated = $"{name}_migrated_{Guid.NewGuid():N}"[..40];
        var created = $"{name}_created_{Guid.NewGuid():N}"[..40];
        await infrastructure.Postgres.EnsureDatabaseAsync(migrated);
        await infrastructure.Postgres.EnsureDatabaseAsync(created);
        try
        {
            await using (var db = create(infrastructure.Postgres.ConnectionStringFor(migrated)))
            {
                await db.Database.MigrateAsync();
            }
            await using (var db = create(infrastructure.Postgres.ConnectionStringFor(created)))
            {
                await db.Database.EnsureCreatedAsync();
            }
            var expected = await DescribeAsync(infrastructure.Postgres.ConnectionStringFor(created));
            expected.UnionWith(migrationOnly);
            var actual = await DescribeAsync(infrastructure.Postgres.ConnectionStringFor(migrated));
            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{typeof(TContext).Name}: migrations differ from the model.{Environment.NewLine}" +
                $"Model has, migrations lack:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", missing)}{Environment.NewLine}" +
                $"Migrations have, model lacks:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", extra)}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await infrastructure.Postgres.DropDatabaseAsync(migrated);
            await infrastructure.Postgres.DropDatabaseAsync(created);
        }
    }

    private static async Task<SortedSet<string>> DescribeAsync(string connectionString)
    {
        const string Sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' ||
                   CASE is_nullable WHEN 'YES' THEN 'null' ELSE 'not null' END ||
                   COALESCE(' default ' || column_default, '') ||
                   CASE is_identity WHEN 'YES' THEN ' identity ' || identity_generation ELSE '' END ||
                   COALESCE(' generated ' || generation_expression, '')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            UNION ALL
            SELECT CASE contype WHEN 'f' THEN 'foreign key ' ELSE 'check ' END || conrelid::regclass || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND contype IN ('f', 'c')
            UNION ALL
            SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger
            WHERE NOT tgisinternal AND tgrelid::regclass::text <> '"__EFMigrationsHistory"'
            UNION ALL
            SELECT 'function ' || p.oid::regprocedure FROM pg_proc p
            WHERE p.pronamespace = 'public'::regnamespace
            """;
        var result = new SortedSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }
        return result;
    }
}
