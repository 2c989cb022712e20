using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Metrics;

/// <summary>
/// Spend against budget per period: each UTC day for a daily budget, the whole schedule for a
/// lifetime one; the projected end-of-period spend extrapolates the pace so far; and the
/// thresholds (50, 80, 100 %) the spend has reached.
/// </summary>
public static class BudgetPacing
{
    public static readonly IReadOnlyList<int> Thresholds = [50, 80, 100];

    /// <summary>The periods to check after a pull of <paramref name="days"/> (all the campaign's stored days) at <paramref name="now"/>.</summary>
    public static IEnumerable<PacingPeriod> Periods(Campaign campaign, IReadOnlyCollection<DailyMetric> days, IEnumerable<DateOnly> pulled, DateTimeOffset now)
    {
        if (campaign.BudgetKind == BudgetKind.Daily)
        {
            foreach (var day in pulled)
            {
                var spend = days.Where(d => d.Date == day).Sum(d => d.SpendMinor);
                var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                yield return new PacingPeriod(day, spend, campaign.BudgetMinor, Project(spend, start, start.AddDays(1), now));
            }
            yield break;
        }
        var first = DateOnly.FromDateTime(campaign.StartsAt.UtcDateTime);
        var total = days.Sum(d => d.SpendMinor);
        yield return new PacingPeriod(first, total, campaign.BudgetMinor, Project(total, campaign.StartsAt, campaign.EndsAt ?? now, now));
    }

    public static IEnumerable<int> Reached(PacingPeriod period) =>
        Thresholds.Where(t => period.SpendMinor * 100 >= (long)t * period.BudgetMinor);

    /// <summary>Spend at the period's end if the pace so far holds; a finished period's spend is final.</summary>
    public static long Project(long spend, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (now >= end || end <= start)
        {
            return spend;
        }
        var elapsed = (now - start).TotalSeconds;
        return elapsed <= 0 ? spend : (long)Math.Round(spend * ((end - start).TotalSeconds / elapsed));
    }
}
