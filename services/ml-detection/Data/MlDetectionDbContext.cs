using AdFlux.MlDetection.Domain;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.MlDetection.Data;

/// <summary>
/// The ml-detection service's database. Migrations are hand-written classes in
/// <c>Data/Migrations</c> (the EF Design tooling is not served here): a new step is a new
/// <c>Migration</c> subclass with <c>[DbContext]</c> and <c>[Migration("yyyyMMddHHmmss_Name")]</c>.
/// </summary>
public sealed class MlDetectionDbContext(DbContextOptions<MlDetectionDbContext> options, ITenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<MlDetectionRecord> Detections => Set<MlDetectionRecord>();

    public DbSet<StoredImage> Images => Set<StoredImage>();
}
