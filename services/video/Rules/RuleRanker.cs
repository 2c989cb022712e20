using System.Globalization;

namespace AdFlux.Video.Rules;

/// <summary>
/// Ranks a platform's published clips along three dimensions, clip length (the rule's seconds),
/// how the clip starts, and its visual-score band, by the median of <see cref="PerformanceMeasure"/>
/// per group (a median, so one viral post does not decide); ties go to the larger group, then to
/// the value's name, so the same figures always give the same proposal.
/// </summary>
public static class RuleRanker
{
    /// <summary>Fewer published clips with figures than this propose nothing.</summary>
    public const int MinClips = 3;

    public const string ClipSeconds = "clip_seconds";
    public const string StartType = "start_type";
    public const string VisualScoreBand = "visual_score_band";

    public static string Band(double visualScore) => visualScore switch
    {
        < 0.4 => "low",
        < 0.7 => "medium",
        _ => "high",
    };

    public static RulesRanking? Rank(IReadOnlyList<ClipPerformance> clips)
    {
        if (clips.Count < MinClips)
        {
            return null;
        }
        var rankings = new List<DimensionRanking>
        {
            Dimension(ClipSeconds, clips, c => c.ClipSeconds.ToString(CultureInfo.InvariantCulture)),
            Dimension(StartType, clips, c => c.StartType),
            Dimension(VisualScoreBand, clips, c => Band(c.VisualScore)),
        };
        var rules = rankings.ToDictionary(r => r.Dimension, r => r.Groups[0].Value);
        rules["measure"] = PerformanceMeasure.Name;
        rules["sample_size"] = clips.Count.ToString(CultureInfo.InvariantCulture);
        var reason = string.Join("; ", rankings.Select(Describe)) + $" (median views per hour since publication over {clips.Count} published clips).";
        return new RulesRanking(rules, reason, clips.Count, rankings);
    }

    private static DimensionRanking Dimension(string name, IReadOnlyList<ClipPerformance> clips, Func<ClipPerformance, string> key) => new(name, clips
        .GroupBy(key)
        .Select(g => new GroupPerformance(g.Key, g.Count(), Math.Round(Median(g.Select(c => c.ViewsPerHour)), 2)))
        .OrderByDescending(g => g.MedianViewsPerHour).ThenByDescending(g => g.Clips).ThenBy(g => g.Value, StringComparer.Ordinal)
        .ToList());

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Describe(DimensionRanking ranking)
    {
        var best = ranking.Groups[0];
        var text = $"{ranking.Dimension} {best.Value}: {F(best.MedianViewsPerHour)} views/h over {best.Clips}";
        return ranking.Groups.Count > 1
            ? text + $", ahead of {string.Join(", ", ranking.Groups.Skip(1).Select(g => $"{g.Value} {F(g.MedianViewsPerHour)} ({g.Clips})"))}"
            : text + " (the only value tried)";
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
