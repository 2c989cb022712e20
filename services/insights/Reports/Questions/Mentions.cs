using System.Text.Json.Nodes;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>Q7: who is named — @handles in the new posts and in their comments, for the model to tell people, brands and competitors apart.</summary>
public static class Mentions
{
    public static JsonObject Numbers(ReportInput input) => ReportJson.Of(new
    {
        inPosts = PostSignals.Top(input.Posts.SelectMany(p => PostSignals.Mentions(p.Content)), 20),
        inComments = PostSignals.Top(input.Comments.SelectMany(c => PostSignals.Mentions(c.Text)), 20),
    });
}
