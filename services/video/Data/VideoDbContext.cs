using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Tenancy;
using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Data;

/// <summary>
/// The video service's database. Migrations are hand-written classes in
/// <c>Data/Migrations</c> (the EF Design tooling is not served here): a new step is a new
/// <c>Migration</c> subclass with <c>[DbContext]</c> and <c>[Migration("yyyyMMddHHmmss_Name")]</c>.
/// </summary>
public sealed class VideoDbContext(DbContextOptions<VideoDbContext> options, ITenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<VideoAsset> Videos => Set<VideoAsset>();

    public DbSet<UploadSession> UploadSessions => Set<UploadSession>();

    public DbSet<VideoJob> Jobs => Set<VideoJob>();

    public DbSet<Clip> Clips => Set<Clip>();

    public DbSet<VideoAnalysis> Analyses => Set<VideoAnalysis>();

    public DbSet<Variant> Variants => Set<Variant>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<PlatformRule> PlatformRules => Set<PlatformRule>();

    public DbSet<FaceBox> FaceBoxes => Set<FaceBox>();

    public DbSet<PublicationMetric> PublicationMetrics => Set<PublicationMetric>();

    public DbSet<RulesProposal> RulesProposals => Set<RulesProposal>();

    /// <summary>
    /// A viewer sees only its client profiles' videos and what was made of them. A video's profile is
    /// optional (a label's own video has none, and only admins see it), so the rows say it through their
    /// video, not through <see cref="IClientProfileScoped"/>; everything else follows its video.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        const string scope = TenantQueryFilters.ClientScope;
        modelBuilder.Entity<VideoAsset>().HasQueryFilter(scope, v => !ClientScopeRestricted || (v.ClientProfileId != null && ClientScope.Contains(v.ClientProfileId.Value)));
        modelBuilder.Entity<UploadSession>().HasQueryFilter(scope, s => !ClientScopeRestricted || (s.ClientProfileId != null && ClientScope.Contains(s.ClientProfileId.Value)));
        modelBuilder.Entity<VideoJob>().HasQueryFilter(scope, j => !ClientScopeRestricted || Videos.Any(v => v.Id == j.VideoId));
        modelBuilder.Entity<Clip>().HasQueryFilter(scope, c => !ClientScopeRestricted || Videos.Any(v => v.Id == c.VideoId));
        modelBuilder.Entity<Variant>().HasQueryFilter(scope, x => !ClientScopeRestricted || Videos.Any(v => v.Id == x.VideoId));
        modelBuilder.Entity<VideoAnalysis>().HasQueryFilter(scope, a => !ClientScopeRestricted || Videos.Any(v => v.Id == a.VideoId));
        modelBuilder.Entity<FaceBox>().HasQueryFilter(scope, f => !ClientScopeRestricted || Videos.Any(v => v.Id == f.VideoId));
        modelBuilder.Entity<Publication>().HasQueryFilter(scope, p => !ClientScopeRestricted || Variants.Any(v => v.Id == p.VariantId));
        modelBuilder.Entity<PublicationMetric>().HasQueryFilter(scope, m => !ClientScopeRestricted || Publications.Any(p => p.Id == m.PublicationId));
    }
}
