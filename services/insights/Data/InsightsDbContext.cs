using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Data;

/// <summary>
/// The insights service's database. Migrations are hand-written classes in
/// <c>Data/Migrations</c> (the EF Design tooling is not served here): a new step is a new
/// <c>Migration</c> subclass with <c>[DbContext]</c> and <c>[Migration("yyyyMMddHHmmss_Name")]</c>.
/// </summary>
public sealed class InsightsDbContext(DbContextOptions<InsightsDbContext> options, ITenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<MetricPoint> Points => Set<MetricPoint>();

    public DbSet<MetricRollup> Rollups => Set<MetricRollup>();

    public DbSet<SeriesVersion> SeriesVersions => Set<SeriesVersion>();

    public DbSet<SocialPostRecord> Posts => Set<SocialPostRecord>();

    public DbSet<InboxComment> Comments => Set<InboxComment>();

    public DbSet<ReportSchedule> ReportSchedules => Set<ReportSchedule>();

    public DbSet<InsightReport> Reports => Set<InsightReport>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    public DbSet<AlertRule> AlertRules => Set<AlertRule>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<ApiUsageDay> UsageDays => Set<ApiUsageDay>();

    public DbSet<UsageBudget> UsageBudgets => Set<UsageBudget>();
}
