namespace AdFlux.Contracts.Ingest;

public sealed record SocialComment(string PostUrl, string CommentText, string OwnerUsername, DateTimeOffset CreatedAt);
