namespace AdFlux.Insights.Api;

/// <summary>How the comments matching the filters divide by sentiment, and how many ask something.</summary>
public sealed record CommentCounts(int Positive, int Neutral, int Negative, int Questions);
