using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>A report in a list: when, over which posts, who answered, what it cost, and which modules failed.</summary>
public sealed record ReportSummary(
    Guid Id, Guid ClientProfileId, DateTimeOffset CreatedAt, DateTimeOffset? AnalyzedAfter, DateTimeOffset AnalyzedThrough, int PostsAnalyzed,
    int CommentsAnalyzed, ReportProvider Provider, ReportUsage Usage, IReadOnlyList<string> FailedModules)
{
    public static ReportSummary From(InsightReport r) => new(
        r.Id, r.ClientProfileId, r.CreatedAt, r.AnalyzedAfter, r.AnalyzedThrough, r.PostsAnalyzed, r.CommentsAnalyzed,
        new ReportProvider(r.ProviderName, r.ProviderModel, r.ProviderIsSandbox), new ReportUsage(r.InputTokens, r.OutputTokens, r.Cost, r.Currency),
        [.. r.Modules.Where(m => m.Status == ReportModule.Failed).Select(m => m.Id)]);
}
