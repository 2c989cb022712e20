using AdFlux.Ingest.Domain;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Data;

/// <summary>
/// The ingest service's database. Migrations are hand-written classes in
/// <c>Data/Migrations</c> (the EF Design tooling is not served here): a new step is a new
/// <c>Migration</c> subclass with <c>[DbContext]</c> and <c>[Migration("yyyyMMddHHmmss_Name")]</c>.
/// </summary>
public sealed class IngestDbContext(DbContextOptions<IngestDbContext> options, ITenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    public DbSet<WebhookRejectionCount> Rejections => Set<WebhookRejectionCount>();

    public DbSet<WebhookSecret> WebhookSecrets => Set<WebhookSecret>();

    public DbSet<MetaAccount> MetaAccounts => Set<MetaAccount>();

    public DbSet<SheetsSource> SheetsSources => Set<SheetsSource>();

    public DbSet<PlatformSource> PlatformSources => Set<PlatformSource>();

    public DbSet<PullSchedule> PullSchedules => Set<PullSchedule>();

    public DbSet<PulledFigure> PulledFigures => Set<PulledFigure>();
}
