using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Data;

/// <summary>
/// What a service's runtime role may do in its database, granted by the owner after each
/// migration: connect (nobody else may: <c>PUBLIC</c> loses its default connect right, so one
/// service's login cannot open another's database), read and write rows of every table, use
/// sequences; never alter a table, disable a trigger or change the migration history. The
/// context's <see cref="ServiceDbContext.AppendOnlyTables"/> only get SELECT and INSERT.
/// </summary>
internal static class RuntimePrivileges
{
    public static async Task GrantAsync(ServiceDbContext db, string role, CancellationToken cancellationToken)
    {
        var grantee = Quote(role);
        var database = Quote(db.Database.GetDbConnection().Database);
        List<string> statements =
        [
            $"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
            $"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {grantee}",
            $"GRANT USAGE ON SCHEMA public TO {grantee}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {grantee}",
            $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {grantee}",
            $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE \"__EFMigrationsHistory\" FROM {grantee}",
        ];
        if (db.AppendOnlyTables.Count > 0)
        {
            statements.Add($"REVOKE UPDATE, DELETE, TRUNCATE ON TABLE {string.Join(", ", db.AppendOnlyTables.Select(Quote))} FROM {grantee}");
        }
        await db.Database.ExecuteSqlRawAsync(string.Join(";\n", statements), cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
