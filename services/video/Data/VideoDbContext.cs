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
}
