namespace AdFlux.Insights.Comments;

/// <summary>The sentiment and emotion labels a comment can carry, whether a lexicon or a person set them.</summary>
public static class Sentiments
{
    public const string Positive = "positive";
    public const string Neutral = "neutral";
    public const string Negative = "negative";

    public static IReadOnlyList<string> All { get; } = [Positive, Neutral, Negative];

    /// <summary>Ekman's basic emotions without disgust (folded into anger), plus love, which fans say more than anything else.</summary>
    public static IReadOnlyList<string> Emotions { get; } = ["joy", "love", "anger", "sadness", "fear", "surprise"];
}
