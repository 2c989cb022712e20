using System.Globalization;
using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Money;

namespace AdFlux.Ads.Metrics;

/// <summary>
/// Spend, CPC, CTR and conversions of a finished day against the same weekday of the last
/// <see cref="WeeksBack"/> weeks (Mondays against Mondays, so a weekly rhythm is not an anomaly):
/// the expected range is the median ± 3 robust deviations (1.4826 × the median absolute
/// deviation, which one wild week cannot drag along), floored at a tenth of the median so a
/// flat history does not flag every small change. At least <see cref="MinimumHistory"/> past
/// weeks are needed; a ratio is skipped on a day without its denominator.
/// </summary>
public static class CampaignAnomalies
{
    public const int WeeksBack = 8;
    public const int MinimumHistory = 4;
    public const double Deviations = 3;

    /// <summary>The scale that makes the median absolute deviation estimate a normal distribution's standard deviation.</summary>
    private const double MadToSigma = 1.4826;

    public static readonly IReadOnlyList<string> Metrics = ["spend", "cpc", "ctr", "conversions"];

    public sealed record Finding(DateOnly Date, string Metric, double Observed, double Low, double High, int Weeks, string Explanation);

    public static IReadOnlyList<Finding> Find(IReadOnlyCollection<DailyMetric> history, IEnumerable<DateOnly> days, string currency)
    {
        var byDate = history.ToDictionary(d => d.Date);
        var findings = new List<Finding>();
        foreach (var day in days.Distinct().Order())
        {
            if (!byDate.TryGetValue(day, out var observed))
            {
                continue;
            }
            var past = Enumerable.Range(1, WeeksBack).Select(week => day.AddDays(-7 * week)).Where(byDate.ContainsKey).Select(d => byDate[d]).ToList();
            foreach (var metric in Metrics)
            {
                if (Value(observed, metric, currency) is not { } value)
                {
                    continue;
                }
                var baseline = past.Select(p => Value(p, metric, currency)).OfType<double>().ToList();
                if (baseline.Count < MinimumHistory)
                {
                    continue;
                }
                var median = Median(baseline);
                var deviation = Math.Max(MadToSigma * Median(baseline.Select(b => Math.Abs(b - median)).ToList()), Math.Abs(median) / 10);
                var (low, high) = (Math.Max(0, median - Deviations * deviation), median + Deviations * deviation);
                if (value < low || value > high)
                {
                    findings.Add(new Finding(day, metric, value, low, high, baseline.Count, Explain(day, metric, value, low, high, baseline.Count, currency)));
                }
            }
        }
        return findings;
    }

    private static double? Value(DailyMetric day, string metric, string currency) => metric switch
    {
        "spend" => (double)Currencies.MinorToMajor(day.SpendMinor, currency),
        "cpc" => day.Clicks > 0 ? (double)Currencies.MinorToMajor(day.SpendMinor, currency) / day.Clicks : null,
        "ctr" => day.Impressions > 0 ? (double)day.Clicks / day.Impressions : null,
        "conversions" => day.Conversions,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "not a watched metric"),
    };

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static string Explain(DateOnly day, string metric, double value, double low, double high, int weeks, string currency)
    {
        string Show(double v) => metric switch
        {
            "ctr" => v.ToString("0.00%", CultureInfo.InvariantCulture),
            "spend" or "cpc" => v.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + currency,
            _ => v.ToString("#,0.##", CultureInfo.InvariantCulture),
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"{metric.ToUpperInvariant()} on {day:dddd yyyy-MM-dd} was {Show(value)}, {(value > high ? "above" : "below")} the expected {Show(low)}–{Show(high)} drawn from the same weekday of the last {weeks} weeks.");
    }
}
