namespace AdFlux.Insights.Alerts;

/// <summary>
/// Whether a day's figure is unlike the same weekday of past weeks (Mondays against Mondays, so
/// a weekly rhythm is not an anomaly): its z-score against their mean and sample deviation. The
/// deviation is floored at a tenth of the mean (and at 1), so a flat history does not turn every
/// small change into an anomaly.
/// </summary>
public static class SameWeekdayBaseline
{
    /// <summary>Past same weekdays needed before anything is judged.</summary>
    public const int MinimumHistory = 4;

    public const double AnomalyZ = 3;

    public const double CriticalZ = 6;

    /// <returns>The z-score and the history's mean, or null when there is too little history.</returns>
    public static (double Z, double Mean)? Score(double value, IReadOnlyCollection<double> history)
    {
        if (history.Count < MinimumHistory)
        {
            return null;
        }
        var mean = history.Average();
        var deviation = Math.Sqrt(history.Sum(h => (h - mean) * (h - mean)) / (history.Count - 1));
        var floored = Math.Max(deviation, Math.Max(Math.Abs(mean) / 10, 1));
        return ((value - mean) / floored, mean);
    }
}
