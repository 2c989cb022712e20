namespace AdFlux.Insights.Api;

/// <summary>A person's correction of a comment's labels; what is left out keeps its value.</summary>
public sealed record CorrectLabelsRequest(string? Sentiment, IReadOnlyList<string>? Emotions, bool? IsQuestion);
