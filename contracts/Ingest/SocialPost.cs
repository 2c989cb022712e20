namespace AdFlux.Contracts.Ingest;

public sealed record SocialPost(
    string PostUrl,
    string Platform,
    DateTimeOffset CreatedAt,
    string Content,
    long Likes,
    long CommentsCount,
    long Shares,
    long? Views);
