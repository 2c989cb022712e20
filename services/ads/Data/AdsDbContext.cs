using AdFlux.Ads.Candidates;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Brands;
using AdFlux.Ads.Studio.Copy;
using AdFlux.Ads.Studio.ExternalLinks;
using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Variants;
using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Data;

/// <summary>
/// The ads service's database. Migrations are hand-written classes in
/// <c>Data/Migrations</c> (the EF Design tooling is not served here): a new step is a new
/// <c>Migration</c> subclass with <c>[DbContext]</c> and <c>[Migration("yyyyMMddHHmmss_Name")]</c>.
/// </summary>
public sealed class AdsDbContext(DbContextOptions<AdsDbContext> options, ITenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<AdSet> AdSets => Set<AdSet>();

    public DbSet<Ad> Ads => Set<Ad>();

    public DbSet<AdAccount> Accounts => Set<AdAccount>();

    public DbSet<AbTest> AbTests => Set<AbTest>();

    public DbSet<DailyMetric> DailyMetrics => Set<DailyMetric>();

    public DbSet<MetricSync> MetricSyncs => Set<MetricSync>();

    public DbSet<BudgetAlert> BudgetAlerts => Set<BudgetAlert>();

    public DbSet<CampaignAnomaly> CampaignAnomalies => Set<CampaignAnomaly>();

    public DbSet<BrandProfile> BrandProfiles => Set<BrandProfile>();

    public DbSet<ContentRequest> ContentRequests => Set<ContentRequest>();

    public DbSet<StudioAsset> StudioAssets => Set<StudioAsset>();

    public DbSet<StudioCopy> StudioCopies => Set<StudioCopy>();

    public DbSet<StudioAssetVariant> StudioAssetVariants => Set<StudioAssetVariant>();

    public DbSet<ApprovalWorkflow> ApprovalWorkflows => Set<ApprovalWorkflow>();

    public DbSet<ExternalApprovalLink> ExternalApprovalLinks => Set<ExternalApprovalLink>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<CandidateSegment> CandidateSegments => Set<CandidateSegment>();

    public DbSet<JobAd> JobAds => Set<JobAd>();
}
