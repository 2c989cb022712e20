namespace AdFlux.Web.Dashboard;

/// <summary>A platform's daily figures as chart series: one per metric, a value per day (0 where a day lacks the metric).</summary>
public sealed record PlatformSeries(IReadOnlyList<DateOnly> Days, IReadOnlyList<(string Metric, double[] Values)> Series)
{
    public static PlatformSeries From(PlatformMetrics metrics)
    {
        var daily = metrics.Daily.OrderBy(day => day.Date).ToList();
        var names = daily.SelectMany(day => day.Values.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(name => name == metrics.PrimaryMetric ? 0 : 1).ThenBy(name => name, StringComparer.Ordinal);
        return new(
            daily.Select(day => day.Date).ToList(),
            names.Select(name => (name, daily.Select(day => day.Values.GetValueOrDefault(name)).ToArray())).ToList());
    }

    /// <summary>Axis labels: about eight dates, blanks between, so a year stays readable.</summary>
    public string[] Labels(string format)
    {
        var step = Math.Max(1, (int)Math.Ceiling(Days.Count / 8d));
        return Days.Select((day, index) => index % step == 0 ? day.ToString(format, System.Globalization.CultureInfo.CurrentCulture) : "").ToArray();
    }
}
