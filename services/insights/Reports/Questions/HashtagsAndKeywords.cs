using System.Text.Json.Nodes;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>Q8: the hashtags the new posts used, with each one's average engagement, and the keywords of posts and comments together.</summary>
public static class HashtagsAndKeywords
{
    public static JsonObject Numbers(ReportInput input) => ReportJson.Of(new
    {
        hashtags = input.Posts.SelectMany(p => PostSignals.Hashtags(p.Content).Distinct().Select(tag => (tag, p)))
            .GroupBy(x => x.tag)
            .Select(g => new { hashtag = g.Key, posts = g.Count(), averageEngagement = ReportJson.Round(g.Average(x => (double)PostSignals.Engagement(x.p))) })
            .OrderByDescending(h => h.posts).ThenByDescending(h => h.averageEngagement).ThenBy(h => h.hashtag, StringComparer.Ordinal).Take(20).ToList(),
        commentHashtags = PostSignals.Top(input.Comments.SelectMany(c => PostSignals.Hashtags(c.Text)), 10),
        keywords = PostSignals.Top(input.Posts.Select(p => p.Content).Concat(input.Comments.Select(c => c.Text)).SelectMany(PostSignals.Keywords), 20),
    });
}
