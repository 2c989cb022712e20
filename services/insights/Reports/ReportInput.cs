using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Reports;

/// <summary>
/// What one daily report reads: the posts and comments that arrived since the last successful
/// report, the client profile's earlier posts as the baseline, and its time zone (for posting times).
/// </summary>
public sealed record ReportInput(
    IReadOnlyList<SocialPostRecord> Posts, IReadOnlyList<InboxComment> Comments, IReadOnlyList<SocialPostRecord> Baseline, TimeZoneInfo TimeZone);
