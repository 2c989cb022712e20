using AdFlux.Web.Dashboard;

namespace AdFlux.Web.Tests.Unit;

public sealed class LastUpdatedTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 20, 0, TimeSpan.Zero);

    [Fact]
    public void The_newest_day_counts_as_updated_at_its_end()
    {
        Assert.Equal(15, LastUpdated.HoursAgo([new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 29)], Now));
        Assert.Equal(39, LastUpdated.HoursAgo([new DateOnly(2026, 11, 28)], Now));
    }

    [Fact]
    public void Figures_of_today_are_fresh_and_no_figures_have_no_age()
    {
        Assert.Equal(0, LastUpdated.HoursAgo([new DateOnly(2026, 11, 30)], Now));
        Assert.Null(LastUpdated.HoursAgo([], Now));
    }
}
