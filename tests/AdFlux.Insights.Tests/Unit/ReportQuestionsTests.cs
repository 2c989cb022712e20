using AdFlux.Insights.Domain;
using AdFlux.Insights.Reports;
using AdFlux.Insights.Reports.Questions;

namespace AdFlux.Insights.Tests.Unit;

public sealed class ReportQuestionsTests
{
    private static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    [Fact]
    public void Outliers_are_posts_two_deviations_from_the_baseline()
    {
        var baseline = new[] { 100, 110, 90, 105, 95 }.Select((e, i) => Post($"b{i}", e)).ToList();
        var input = new ReportInput([Post("hit", 400), Post("usual", 100), Post("flop", 10)], [], baseline, Madrid);
        var numbers = Outliers.Numbers(input);
        Assert.Equal(100, (double)numbers["baselineMean"]!);
        Assert.Equal(["hit", "flop"], numbers["outliers"]!.AsArray().Select(o => (string)o!["url"]!));
        Assert.Equal("below", (string)numbers["outliers"]![1]!["direction"]!);
    }

    [Fact]
    public void A_baseline_under_three_posts_is_too_small_to_judge() =>
        Assert.Empty(Outliers.Numbers(new ReportInput([Post("a", 1000)], [], [Post("b", 1)], Madrid))["outliers"]!.AsArray());

    [Fact]
    public void Posting_times_are_local_hours_ranked_by_engagement()
    {
        // 19:00 UTC is 20:00 in Madrid in winter.
        var evening = Post("e", 500, new DateTimeOffset(2026, 11, 20, 19, 0, 0, TimeSpan.Zero));
        var morning = Post("m", 50, new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        var numbers = PostingTimes.Numbers(new ReportInput([evening, morning], [], [], Madrid));
        Assert.Equal([20, 9], numbers["bestHours"]!.AsArray().Select(h => (int)h!["slot"]!));
    }

    [Fact]
    public void Hashtags_mentions_and_keywords_are_read_off_the_text()
    {
        var post = Post("p", 10);
        post.Content = "New single with @Bad.Bunny out now! #NuevaMusica #tour https://x.co/abc";
        Assert.Equal(["#nuevamusica", "#tour"], PostSignals.Hashtags(post.Content));
        Assert.Equal(["@bad.bunny"], PostSignals.Mentions(post.Content));
        Assert.Equal(["single"], PostSignals.Keywords(post.Content));
        Assert.Equal("reel", PostSignals.Format(new SocialPostRecord { PostUrl = "https://www.instagram.com/reel/C1", Platform = "instagram", Content = "" }));
    }

    private static SocialPostRecord Post(string url, long engagement, DateTimeOffset? created = null) => new()
    {
        PostUrl = url, Platform = "instagram", Content = "", Likes = engagement, CreatedAt = created ?? new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero),
    };
}
