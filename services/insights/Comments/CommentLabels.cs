namespace AdFlux.Insights.Comments;

/// <summary>
/// What a comment says about its author's mood: <see cref="Sentiment"/> (<c>positive</c>,
/// <c>neutral</c>, <c>negative</c>) with its lexicon <see cref="Score"/> in [-1, 1], the emotions
/// named in it, whether it asks something, and its language (<c>en</c>, <c>es</c> or <c>und</c>).
/// </summary>
public sealed record CommentLabels(string Sentiment, double Score, IReadOnlyList<string> Emotions, bool IsQuestion, string Language);
