using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// One daily analysis of a client profile's new posts (table <c>insight_reports</c>): appended,
/// never changed (the table refuses updates). <see cref="Modules"/> holds Q1–Q10, each with its
/// numbers, the model's reading of them or why that failed, and its tokens and cost.
/// </summary>
public sealed class InsightReport : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Posts received after this (exclusive) were analysed…</summary>
    public DateTimeOffset? AnalyzedAfter { get; set; }

    /// <summary>…up to and including this: the receive time of the newest of them.</summary>
    public DateTimeOffset AnalyzedThrough { get; set; }

    public int PostsAnalyzed { get; set; }

    public int CommentsAnalyzed { get; set; }

    public required string ProviderName { get; set; }

    public required string ProviderModel { get; set; }

    public bool ProviderIsSandbox { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public decimal? Cost { get; set; }

    public string? Currency { get; set; }

    public List<ReportModule> Modules { get; set; } = [];
}
