using System.Text.Json.Nodes;
using AdFlux.Insights.Comments;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>Q1: how the new comments feel — sentiment shares, the average lexicon score and the emotions named.</summary>
public static class CommentMood
{
    public static JsonObject Numbers(ReportInput input)
    {
        var comments = input.Comments;
        int Count(string sentiment) => comments.Count(c => c.Sentiment == sentiment);
        return ReportJson.Of(new
        {
            comments = comments.Count,
            positive = Count(Sentiments.Positive),
            neutral = Count(Sentiments.Neutral),
            negative = Count(Sentiments.Negative),
            averageScore = ReportJson.Round(comments.Count > 0 ? comments.Average(c => c.SentimentScore) : null),
            emotions = Sentiments.Emotions.ToDictionary(e => e, e => comments.Count(c => c.Emotions.Contains(e))),
            labelledByPeople = comments.Count(c => c.LabelledBy == Domain.InboxComment.ByPerson),
        });
    }
}
