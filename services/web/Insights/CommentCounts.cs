namespace AdFlux.Web.Insights;

/// <summary>How the matching comments divide by sentiment, and how many ask something.</summary>
public sealed record CommentCounts(int Positive, int Neutral, int Negative, int Questions);
