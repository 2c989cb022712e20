using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ledger.Data;

/// <summary>
/// The ledger service's database. Migrations are hand-written classes in
/// <c>Data/Migrations</c> (the EF Design tooling is not served here): a new step is a new
/// <c>Migration</c> subclass with <c>[DbContext]</c> and <c>[Migration("yyyyMMddHHmmss_Name")]</c>.
/// </summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options, ITenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<LedgerEvent> Events => Set<LedgerEvent>();

    public DbSet<DeadLetter> DeadLetters => Set<DeadLetter>();

    public DbSet<LedgerCheckpoint> Checkpoints => Set<LedgerCheckpoint>();

    /// <summary>The chain and its checkpoints: the ledger's own login cannot rewrite them, trigger or not.</summary>
    public override IReadOnlyList<string> AppendOnlyTables => ["ledger_events", "ledger_checkpoints"];
}
