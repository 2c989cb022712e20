using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>A comment in the inbox with its labels; <see cref="LabelledBy"/> says whether the lexicon or a person set them.</summary>
public sealed record CommentResponse(
    Guid Id, Guid ClientProfileId, string Source, string Platform, string Kind, string? PostUrl, string? Author, string Text,
    DateTimeOffset CreatedAt, DateTimeOffset ReceivedAt, string Sentiment, double SentimentScore, IReadOnlyList<string> Emotions,
    bool IsQuestion, string Language, string LabelledBy, string? CorrectedBy, DateTimeOffset? CorrectedAt)
{
    public static CommentResponse From(InboxComment c) => new(
        c.Id, c.ClientProfileId, c.Source, c.Platform, c.Kind, c.PostUrl, c.Author, c.Text, c.CreatedAt, c.ReceivedAt, c.Sentiment,
        c.SentimentScore, c.Emotions, c.IsQuestion, c.Language, c.LabelledBy, c.CorrectedBy, c.CorrectedAt);
}
