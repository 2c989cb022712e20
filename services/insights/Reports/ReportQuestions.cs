using AdFlux.Insights.Reports.Questions;

namespace AdFlux.Insights.Reports;

/// <summary>
/// The daily report's ten questions (seed 004 names Q1–Q10 without defining them; these are
/// AdFlux's definitions). Q1–Q9 compute their numbers from the new posts and comments and ask the
/// model to read them; Q10 asks for recommendations that cite Q1–Q9 as evidence.
/// </summary>
public static class ReportQuestions
{
    public const string RecommendationsId = "Q10";

    public static IReadOnlyList<ReportQuestion> Evidence { get; } =
    [
        new("Q1", "Comment sentiment and emotions", "How does the audience feel in the new comments, and which emotions dominate?", CommentMood.Numbers),
        new("Q2", "Themes", "Which themes do the new posts and their comments revolve around? Group the keywords into themes.", Themes.Numbers),
        new("Q3", "Best posting times", "At which local hours and weekdays does posting get the most engagement?", PostingTimes.Numbers),
        new("Q4", "Format performance", "Which platforms and formats performed best?", FormatPerformance.Numbers),
        new("Q5", "What top posts share", "What do the best posts have in common that the rest lack?", TopPosts.Numbers),
        new("Q6", "Audience questions and requests", "What does the audience ask, and what does it ask for? Summarise the quoted comments.", AudienceAsks.Numbers),
        new("Q7", "Mentions of people, brands and competitors", "Who is mentioned, and which of them are people, brands or competitors?", Mentions.Numbers),
        new("Q8", "Hashtags and keywords", "Which hashtags and keywords go with engagement?", HashtagsAndKeywords.Numbers),
        new("Q9", "Outliers against the baseline", "Which posts stand out against the usual engagement, and in which direction?", Outliers.Numbers),
    ];

    public static string RecommendationsTitle => "Recommendations";

    public static string RecommendationsAsk =>
        "What should the artist do next? Give up to five recommendations, each citing the questions (Q1–Q9) whose numbers support it.";
}
