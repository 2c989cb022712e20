using AdFlux.Ads.Domain;
using AdFlux.Ads.Metrics;

namespace AdFlux.Ads.Tests.Unit;

public sealed class BudgetPacingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_daily_budget_is_paced_per_day_and_today_is_projected_to_midnight()
    {
        var campaign = Campaign(BudgetKind.Daily, 10_000, end: null);
        var days = new[] { Day(29, 6_000), Day(30, 2_500) };
        var now = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

        var periods = BudgetPacing.Periods(campaign, days, [new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 30)], now).ToList();

        Assert.Equal(new PacingPeriod(new DateOnly(2026, 11, 29), 6_000, 10_000, 6_000), periods[0]);
        Assert.Equal(new PacingPeriod(new DateOnly(2026, 11, 30), 2_500, 10_000, 10_000), periods[1]);
        Assert.Equal([50], BudgetPacing.Reached(periods[0]));
        Assert.Empty(BudgetPacing.Reached(periods[1]));
    }

    [Fact]
    public void A_lifetime_budget_is_paced_over_the_schedule()
    {
        var campaign = Campaign(BudgetKind.Lifetime, 100_000, end: Start.AddDays(30));
        var days = Enumerable.Range(1, 10).Select(d => Day(d, 3_000)).ToArray();
        var now = Start.AddDays(10);

        var period = Assert.Single(BudgetPacing.Periods(campaign, days, [], now));

        Assert.Equal(new PacingPeriod(new DateOnly(2026, 11, 1), 30_000, 100_000, 90_000), period);
        Assert.Empty(BudgetPacing.Reached(period));
        Assert.Equal([50, 80, 100], BudgetPacing.Reached(period with { SpendMinor = 100_000 }));
    }

    private static Campaign Campaign(BudgetKind kind, long budget, DateTimeOffset? end) => new()
    {
        Name = "Paced",
        Objective = "traffic",
        Platform = "meta",
        Currency = "EUR",
        BudgetKind = kind,
        BudgetMinor = budget,
        StartsAt = Start,
        EndsAt = end,
    };

    private static DailyMetric Day(int day, long spend) => new() { Date = new DateOnly(2026, 11, day), SpendMinor = spend };
}
