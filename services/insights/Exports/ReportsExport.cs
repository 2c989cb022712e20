using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Exports;

/// <summary>
/// Daily reports as tables: one row per report, one per report and question (Q1–Q10, the CSV),
/// and every number a question computed, addressed by its JSON path, so a spreadsheet can chart them.
/// </summary>
public static class ReportsExport
{
    public const string Name = "reports";

    public static ExportTable Reports(IReadOnlyList<InsightReport> reports) => new(
        "reports",
        ["report_id", "client_profile_id", "created_at", "analyzed_after", "analyzed_through", "posts_analyzed", "comments_analyzed",
            "provider", "model", "sandbox", "input_tokens", "output_tokens", "cost", "currency", "failed_modules"],
        [.. reports.Select(r => new object?[]
        {
            r.Id, r.ClientProfileId, r.CreatedAt, r.AnalyzedAfter, r.AnalyzedThrough, r.PostsAnalyzed, r.CommentsAnalyzed,
            r.ProviderName, r.ProviderModel, r.ProviderIsSandbox, r.InputTokens, r.OutputTokens, r.Cost, r.Currency,
            string.Join(' ', r.Modules.Where(m => m.Status == ReportModule.Failed).Select(m => m.Id)),
        })]);

    public static ExportTable Modules(IReadOnlyList<InsightReport> reports) => new(
        "modules",
        ["report_id", "client_profile_id", "created_at", "posts_analyzed", "comments_analyzed", "module", "title", "status", "attempts",
            "input_tokens", "output_tokens", "cost", "error", "numbers", "reading"],
        [.. reports.SelectMany(r => r.Modules.Select(m => new object?[]
        {
            r.Id, r.ClientProfileId, r.CreatedAt, r.PostsAnalyzed, r.CommentsAnalyzed, m.Id, m.Title, m.Status, m.Attempts,
            m.InputTokens, m.OutputTokens, m.Cost, m.Error, m.Numbers.ToJsonString(), m.Reading?.ToJsonString(),
        }))]);

    public static ExportTable Numbers(IReadOnlyList<InsightReport> reports) => new(
        "numbers",
        ["report_id", "created_at", "module", "path", "value"],
        [.. reports.SelectMany(r => r.Modules.SelectMany(m => NumbersOf(m.Numbers, "").Select(n => new object?[] { r.Id, r.CreatedAt, m.Id, n.Path, n.Value })))]);

    /// <summary>Every number in a module's numbers, depth first, with its path (<c>counts.positive</c>, <c>hours[3].engagement</c>).</summary>
    public static IEnumerable<(string Path, double Value)> NumbersOf(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    foreach (var found in NumbersOf(child, path.Length == 0 ? key : $"{path}.{key}"))
                    {
                        yield return found;
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in NumbersOf(array[i], $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                yield return (path, double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture));
                break;
        }
    }
}
