using AdFlux.Web.Insights;
using AdFlux.Web.Localization;

namespace AdFlux.Web.Tests.Unit;

public sealed class InsightsViewTests
{
    [Fact]
    public void Every_label_insights_uses_has_a_text_in_both_languages()
    {
        // The pages ask for these by composed keys (Sentiment_…, Emotion_…), which the razor scan cannot see.
        var keys = CommentLabels.Sentiments.Select(s => "Sentiment_" + s).Concat(CommentLabels.Emotions.Select(e => "Emotion_" + e));
        Assert.All(keys, key => Assert.True(Texts.All.ContainsKey(key), key));
    }

    [Fact]
    public void The_inbox_filters_make_the_request_with_whole_utc_days_and_leave_out_what_is_unset()
    {
        var profile = Guid.NewGuid();
        var filters = new CommentFilters
        {
            ClientProfileId = profile, Platform = "instagram", Sentiment = "negative", Question = "yes", Search = " next show ",
            From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 30), Offset = 50,
        };
        Assert.Equal(
            $"/api/insights/comments?clientProfileId={profile}&platform=instagram&sentiment=negative&question=true&search=next%20show"
            + "&from=2026-11-01T00%3A00%3A00.0000000Z&to=2026-11-30T23%3A59%3A59.0000000Z&offset=50&limit=50",
            filters.Path());
        Assert.Equal("/api/insights/comments?limit=50", new CommentFilters { Question = "" }.Path());
    }
}
