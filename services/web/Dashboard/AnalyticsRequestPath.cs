using System.Globalization;

namespace AdFlux.Web.Dashboard;

/// <summary>The insights query of the client view's filters.</summary>
public static class AnalyticsRequestPath
{
    /// <summary>Insights answers at most this many days (its <c>Analytics:MaxDays</c> default), so "all" is the last year.</summary>
    public const int AllDays = 366;

    public static (DateOnly From, DateOnly To) PeriodOf(ReportRange range, DateOnly today) => range switch
    {
        ReportRange.Last7Days => (today.AddDays(-6), today),
        ReportRange.Last30Days => (today.AddDays(-29), today),
        _ => (today.AddDays(1 - AllDays), today),
    };

    /// <summary>
    /// <c>/api/insights/analytics/comprehensive?from=…&amp;to=…</c>, with <c>platform</c> only when some
    /// platforms are left out and <c>clientProfileId</c> when one profile is chosen.
    /// </summary>
    public static string For(ReportRange range, IReadOnlyCollection<string> platforms, Guid? clientProfileId, DateOnly today)
    {
        var (from, to) = PeriodOf(range, today);
        var path = $"/api/insights/analytics/comprehensive?from={Iso(from)}&to={Iso(to)}";
        if (platforms.Count < Platform.All.Count)
        {
            path += "&platform=" + Uri.EscapeDataString(string.Join(',', platforms));
        }
        if (clientProfileId is { } profile)
        {
            path += $"&clientProfileId={profile}";
        }
        return path;
    }

    /// <summary>
    /// <c>/api/insights/exports/analytics?format=…&amp;from=…&amp;to=…</c>: the same period, platforms and profile
    /// as <see cref="For"/>, so the file holds the figures the page shows.
    /// </summary>
    public static string ExportFor(string format, ReportRange range, IReadOnlyCollection<string> platforms, Guid? clientProfileId, DateOnly today)
    {
        var (from, to) = PeriodOf(range, today);
        var path = $"/api/insights/exports/analytics?format={Uri.EscapeDataString(format)}&from={Iso(from)}&to={Iso(to)}";
        if (platforms.Count < Platform.All.Count)
        {
            path += "&platforms=" + Uri.EscapeDataString(string.Join(',', platforms));
        }
        if (clientProfileId is { } profile)
        {
            path += $"&clientProfileId={profile}";
        }
        return path;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
