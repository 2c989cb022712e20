namespace AdFlux.Web.Insights;

/// <summary>Insights' comment in the inbox (<c>GET /api/insights/comments/{id}</c>) with its labels.</summary>
public sealed record InboxComment(
    Guid Id, Guid ClientProfileId, string Source, string Platform, string Kind, string? PostUrl, string? Author, string Text,
    DateTimeOffset CreatedAt, DateTimeOffset ReceivedAt, string Sentiment, double SentimentScore, IReadOnlyList<string> Emotions,
    bool IsQuestion, string Language, string LabelledBy, string? CorrectedBy, DateTimeOffset? CorrectedAt);
