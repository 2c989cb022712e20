using AdFlux.Video.Rules;

namespace AdFlux.Video.Tests;

public sealed class RuleRankerTests
{
    private static ClipPerformance Clip(int seconds, string start, double score, double viewsPerHour) =>
        new(Guid.NewGuid(), seconds, start, score, viewsPerHour);

    [Fact]
    public void The_best_length_start_and_score_band_are_those_with_the_highest_median_views_per_hour()
    {
        var clips = new[]
        {
            Clip(15, "chorus", 0.82, 500), Clip(15, "chorus", 0.75, 420), Clip(15, "bar", 0.55, 90),
            Clip(30, "bar", 0.5, 100), Clip(30, "scene-cut", 0.2, 60), Clip(60, "scene-cut", 0.3, 20),
        };

        var ranking = RuleRanker.Rank(clips)!;

        Assert.Equal("15", ranking.Rules[RuleRanker.ClipSeconds]);
        Assert.Equal("chorus", ranking.Rules[RuleRanker.StartType]);
        Assert.Equal("high", ranking.Rules[RuleRanker.VisualScoreBand]);
        Assert.Equal("views_per_hour", ranking.Rules["measure"]);
        Assert.Equal("6", ranking.Rules["sample_size"]);
        var lengths = ranking.Rankings.Single(r => r.Dimension == RuleRanker.ClipSeconds).Groups;
        Assert.Equal(["15", "30", "60"], lengths.Select(g => g.Value));
        Assert.Equal((3, 420.0), (lengths[0].Clips, lengths[0].MedianViewsPerHour));
        Assert.Equal(80, lengths[1].MedianViewsPerHour);
        Assert.StartsWith("clip_seconds 15: 420 views/h over 3, ahead of 30 80 (2), 60 20 (1)", ranking.Reason);
    }

    [Fact]
    public void One_viral_post_does_not_decide_because_groups_compare_by_median()
    {
        var clips = new[]
        {
            Clip(60, "bar", 0.5, 10_000), Clip(60, "bar", 0.5, 30), Clip(60, "bar", 0.5, 20),
            Clip(30, "bar", 0.5, 200), Clip(30, "bar", 0.5, 180), Clip(30, "bar", 0.5, 220),
        };

        Assert.Equal("30", RuleRanker.Rank(clips)!.Rules[RuleRanker.ClipSeconds]);
    }

    [Fact]
    public void Ties_go_to_the_larger_group_then_to_the_name_so_the_same_figures_give_the_same_proposal()
    {
        var clips = new[] { Clip(30, "phrase", 0.5, 100), Clip(15, "bar", 0.5, 100), Clip(15, "bar", 0.5, 100), Clip(45, "chorus", 0.5, 100) };

        var first = RuleRanker.Rank(clips)!;
        var reordered = RuleRanker.Rank(clips.Reverse().ToList())!;

        Assert.Equal("15", first.Rules[RuleRanker.ClipSeconds]);
        Assert.Equal("bar", first.Rules[RuleRanker.StartType]);
        Assert.Equal(["15", "30", "45"], first.Rankings[0].Groups.Select(g => g.Value));
        Assert.Equal(first.Rules, reordered.Rules);
        Assert.Equal(first.Reason, reordered.Reason);
    }

    [Fact]
    public void Fewer_than_three_measured_clips_propose_nothing()
    {
        Assert.Null(RuleRanker.Rank([Clip(15, "bar", 0.5, 100), Clip(30, "bar", 0.5, 10)]));
    }

    [Fact]
    public void Views_per_hour_count_the_time_online_with_the_first_hour_as_a_whole_hour()
    {
        var published = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(100, PerformanceMeasure.ViewsPerHour(1000, published, published.AddHours(10)));
        Assert.Equal(300, PerformanceMeasure.ViewsPerHour(300, published, published.AddMinutes(5)));
        Assert.Equal(1200, PerformanceMeasure.Views(new Dictionary<string, double> { ["likes"] = 40, ["views"] = 1200, ["plays"] = 5 }));
        Assert.Null(PerformanceMeasure.Views(new Dictionary<string, double> { ["followers"] = 10 }));
        Assert.Equal(["low", "medium", "medium", "high"], new[] { 0.39, 0.4, 0.69, 0.7 }.Select(RuleRanker.Band));
    }
}
