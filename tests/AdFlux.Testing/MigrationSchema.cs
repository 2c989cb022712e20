using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Xunit;

namespace AdFlux.Testing;

/// <summary>
/// Proves a context's hand-written migrations build the schema its model expects (there is
/// no EF model snapshot here to catch drift): one database is migrated, another is made by
/// <c>EnsureCreated</c> from the model, and their tables, columns (type, nullability) and
/// indexes (full definition, so uniqueness and filters count) must be the same.
/// </summary>
public static class MigrationSchema
{
    public static DbContextOptions<TContext> OptionsFor<TContext>(string connectionString)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;

    public static async Task AssertMigrationsMatchModelAsync<TContext>(TestInfrastructure infrastructure, Func<string, TContext> create)
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
                   CASE is_nullable WHEN 'YES' THEN 'null' ELSE 'not null' END
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
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
