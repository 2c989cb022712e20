namespace AdFlux.Insights.Api;

/// <summary>
/// Filters of <c>GET /api/insights/comments</c>, newest first: client profile, platform, sentiment,
/// emotion, questions only, a time range on when the comment was written, and words in its text.
/// </summary>
public sealed record CommentsQuery(
    Guid? ClientProfileId, string? Platform, string? Sentiment, string? Emotion, bool? Question, DateTimeOffset? From, DateTimeOffset? To,
    string? Search, int? Offset, int? Limit);
