using System.Text.Json.Nodes;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>Q2: what the new posts and their comments talk about — the commonest keywords of each, for the model to group into themes.</summary>
public static class Themes
{
    public static JsonObject Numbers(ReportInput input) => ReportJson.Of(new
    {
        postKeywords = PostSignals.Top(input.Posts.SelectMany(p => PostSignals.Keywords(p.Content)), 15),
        commentKeywords = PostSignals.Top(input.Comments.SelectMany(c => PostSignals.Keywords(c.Text)), 15),
    });
}
