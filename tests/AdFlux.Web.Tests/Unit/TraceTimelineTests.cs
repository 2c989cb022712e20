using AdFlux.Web.Ledger;

namespace AdFlux.Web.Tests.Unit;

public sealed class TraceTimelineTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Steps_keep_their_causal_order_and_sit_on_the_axis_by_time()
    {
        var timeline = TraceTimeline.Of([Step(0, 0, "video"), Step(1, 8, "video"), Step(1, 2, "ml-detection")]);

        Assert.Equal([0d, 8d, 2d], timeline.Rows.Select(r => r.Offset.TotalSeconds));
        Assert.Equal([0d, 100d, 25d], timeline.Rows.Select(r => r.Percent));
        Assert.Equal(TimeSpan.FromSeconds(8), timeline.Duration);
        Assert.Equal(["video", "ml-detection"], timeline.Services);
    }

    [Fact]
    public void A_flow_of_one_instant_puts_every_step_at_the_start()
    {
        var timeline = TraceTimeline.Of([Step(0, 0, "video"), Step(1, 0, "video")]);

        Assert.All(timeline.Rows, r => Assert.Equal(0, r.Percent));
        Assert.Equal(TimeSpan.Zero, timeline.Duration);
        Assert.Empty(TraceTimeline.Of([]).Rows);
    }

    [Fact]
    public void The_short_name_drops_the_namespace()
    {
        Assert.Equal("JobStarted", TraceTimeline.ShortName("AdFlux.Contracts.Video.JobStarted"));
        Assert.Equal("Plain", TraceTimeline.ShortName("Plain"));
    }

    private static TraceStep Step(int depth, double seconds, string service) =>
        new(depth, new LedgerEvent(1, Guid.NewGuid(), "AdFlux.Contracts.Video.JobStarted", service, Guid.NewGuid(),
            Start.AddSeconds(seconds), Start.AddSeconds(seconds), "hash"));
}
