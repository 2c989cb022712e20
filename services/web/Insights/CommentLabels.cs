namespace AdFlux.Web.Insights;

/// <summary>The labels insights accepts for a comment (its <c>Sentiments</c>), offered by the filters and the correction form.</summary>
public static class CommentLabels
{
    public static IReadOnlyList<string> Sentiments { get; } = ["positive", "neutral", "negative"];

    public static IReadOnlyList<string> Emotions { get; } = ["joy", "love", "anger", "sadness", "fear", "surprise"];
}
