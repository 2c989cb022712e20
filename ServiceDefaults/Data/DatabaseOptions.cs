namespace AdFlux.ServiceDefaults.Data;

/// <summary>
/// Who migrates a service's schema and which login serves requests (section <c>Database</c>).
/// Unset, the service migrates its own database at start-up with its one login (tests, a
/// single-role deployment). With per-service roles, a migration step runs the same executable
/// with <see cref="MigrateOnly"/> and the owner's login, and the service runs with
/// <see cref="ExternalMigrations"/> and a login that may only read and write rows.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations, grant <see cref="RuntimeRole"/> its privileges, and exit without serving.</summary>
    public bool MigrateOnly { get; set; }

    /// <summary>A separate step migrates the schema; the service waits until it is current and never changes it.</summary>
    public bool ExternalMigrations { get; set; }

    /// <summary>The role the service runs as, granted row access (no DDL) by whoever migrates; null in a single-role deployment.</summary>
    public string? RuntimeRole { get; set; }
}
