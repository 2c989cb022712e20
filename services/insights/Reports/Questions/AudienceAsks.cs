using System.Text.Json.Nodes;
using AdFlux.Insights.Comments;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>Q6: what the audience asks and asks for — question comments, and requests ("please", "come to", "ven a", "sube"…), quoted.</summary>
public static class AudienceAsks
{
    public const int Quoted = 20;

    private static readonly string[] RequestCues =
        ["please", "pls", "come to", "drop", "release", "collab", "tour", "por favor", "porfa", "ven a", "vengan", "sube", "saca", "concierto", "gira"];

    public static JsonObject Numbers(ReportInput input)
    {
        var questions = input.Comments.Where(c => c.IsQuestion).ToList();
        var requests = input.Comments.Where(c => !c.IsQuestion && IsRequest(c.Text)).ToList();
        return ReportJson.Of(new
        {
            questions = questions.Count,
            requests = requests.Count,
            quotedQuestions = questions.Take(Quoted).Select(c => new { text = c.Text, author = c.Author, post = c.PostUrl }).ToList(),
            quotedRequests = requests.Take(Quoted).Select(c => new { text = c.Text, author = c.Author, post = c.PostUrl }).ToList(),
        });
    }

    private static bool IsRequest(string text)
    {
        var folded = " " + string.Join(' ', CommentLabeler.Words(text)) + " ";
        return RequestCues.Any(cue => folded.Contains(" " + cue + " ", StringComparison.Ordinal));
    }
}
