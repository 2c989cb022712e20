namespace AdFlux.Web.Insights;

/// <summary>Insights' daily report in a list: when, over which posts, who answered, what it cost, which modules failed.</summary>
public sealed record ReportSummary(
    Guid Id, Guid ClientProfileId, DateTimeOffset CreatedAt, DateTimeOffset? AnalyzedAfter, DateTimeOffset AnalyzedThrough, int PostsAnalyzed,
    int CommentsAnalyzed, ReportProvider Provider, ReportUsage Usage, IReadOnlyList<string> FailedModules);
