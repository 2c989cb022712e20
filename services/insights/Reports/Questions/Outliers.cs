using System.Text.Json.Nodes;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>
/// Q9: which new posts stand out against the client profile's baseline — the z-score of each new
/// post's engagement against the mean and standard deviation of the earlier posts; |z| ≥ 2 is an
/// outlier. A baseline of fewer than three posts is reported as too small to judge.
/// </summary>
public static class Outliers
{
    public const double Threshold = 2;
    public const int MinimumBaseline = 3;

    public static JsonObject Numbers(ReportInput input)
    {
        var baseline = input.Baseline.Select(p => (double)PostSignals.Engagement(p)).ToList();
        if (baseline.Count < MinimumBaseline)
        {
            return ReportJson.Of(new { baselinePosts = baseline.Count, note = $"A baseline needs at least {MinimumBaseline} earlier posts.", outliers = Array.Empty<object>() });
        }
        var mean = baseline.Average();
        var deviation = Math.Sqrt(baseline.Sum(v => (v - mean) * (v - mean)) / (baseline.Count - 1));
        var scored = input.Posts
            .Select(p => new { url = p.PostUrl, engagement = PostSignals.Engagement(p), z = deviation > 0 ? (PostSignals.Engagement(p) - mean) / deviation : 0 })
            .ToList();
        return ReportJson.Of(new
        {
            baselinePosts = baseline.Count,
            baselineMean = ReportJson.Round(mean),
            baselineStandardDeviation = ReportJson.Round(deviation),
            outliers = scored.Where(s => Math.Abs(s.z) >= Threshold).OrderByDescending(s => Math.Abs(s.z))
                .Select(s => new { s.url, s.engagement, z = ReportJson.Round(s.z), direction = s.z > 0 ? "above" : "below" }).ToList(),
        });
    }
}
