using System.Text.Json.Nodes;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>Q5: what the top quarter of the new posts by engagement share, against the rest.</summary>
public static class TopPosts
{
    public static JsonObject Numbers(ReportInput input)
    {
        var ranked = input.Posts.OrderByDescending(PostSignals.Engagement).ThenBy(p => p.PostUrl, StringComparer.Ordinal).ToList();
        var topCount = Math.Max(1, ranked.Count / 4);
        var top = ranked.Take(topCount).ToList();
        var rest = ranked.Skip(topCount).ToList();
        return ReportJson.Of(new
        {
            top = top.Select(p => new { url = p.PostUrl, engagement = PostSignals.Engagement(p), format = PostSignals.Format(p) }).ToList(),
            topTraits = Traits(top),
            restTraits = rest.Count > 0 ? Traits(rest) : null,
            topHashtags = PostSignals.Top(top.SelectMany(p => PostSignals.Hashtags(p.Content)), 10),
        });
    }

    private static object Traits(List<SocialPostRecord> posts) => new
    {
        posts = posts.Count,
        averageLength = ReportJson.Round(posts.Average(p => (double)p.Content.Length)),
        withQuestion = ReportJson.Round(posts.Count(p => p.Content.Contains('?')) / (double)posts.Count),
        withHashtag = ReportJson.Round(posts.Count(p => PostSignals.Hashtags(p.Content).Any()) / (double)posts.Count),
        withMention = ReportJson.Round(posts.Count(p => PostSignals.Mentions(p.Content).Any()) / (double)posts.Count),
    };
}
