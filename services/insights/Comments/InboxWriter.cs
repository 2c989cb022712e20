using System.Security.Cryptography;
using System.Text;
using AdFlux.Contracts.Ingest;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Comments;

/// <summary>
/// Keeps a client profile's posts and comments inbox in the consumer's unit of work: a post seen
/// again gets its newer counts; a comment seen again (same Meta id, or the same Sheets row) is not
/// added twice, and labels a person corrected are never relabelled. Two deliveries racing on one
/// comment meet the unique key, and the loser's retry finds the winner's row.
/// </summary>
public sealed class InboxWriter(InsightsDbContext db)
{
    public const string SheetsSource = "sheets";
    public const string MetaSource = "meta";

    public async Task WritePostsAsync(Guid tenantId, Guid clientProfileId, IReadOnlyList<SocialPost> posts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var urls = posts.Select(p => p.PostUrl).Distinct().ToList();
        var known = await db.Posts.Where(p => p.ClientProfileId == clientProfileId && urls.Contains(p.PostUrl))
            .ToDictionaryAsync(p => p.PostUrl, cancellationToken);
        foreach (var post in posts)
        {
            if (!known.TryGetValue(post.PostUrl, out var record))
            {
                record = new SocialPostRecord
                {
                    TenantId = tenantId, ClientProfileId = clientProfileId, PostUrl = post.PostUrl, Platform = post.Platform,
                    Content = post.Content, ReceivedAt = now,
                };
                db.Posts.Add(record);
                known[post.PostUrl] = record;
            }
            record.Platform = post.Platform;
            record.CreatedAt = post.CreatedAt;
            record.Content = post.Content;
            record.Likes = post.Likes;
            record.CommentsCount = post.CommentsCount;
            record.Shares = post.Shares;
            record.Views = post.Views;
            record.UpdatedAt = now;
        }
    }

    public async Task WriteSheetsCommentsAsync(
        Guid tenantId, Guid clientProfileId, IReadOnlyList<SocialComment> comments, IReadOnlyList<SocialPost> posts, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var platforms = await PlatformsOfAsync(clientProfileId, posts, comments, cancellationToken);
        var byKey = comments.GroupBy(SheetsKey).ToDictionary(g => g.Key, g => g.First());
        var keys = byKey.Keys.ToList();
        var known = await db.Comments.Where(c => c.ClientProfileId == clientProfileId && c.Source == SheetsSource && keys.Contains(c.ExternalKey)).Select(c => c.ExternalKey).ToListAsync(cancellationToken);
        foreach (var (key, comment) in byKey.Where(c => !known.Contains(c.Key)))
        {
            db.Comments.Add(Labelled(new InboxComment
            {
                TenantId = tenantId, ClientProfileId = clientProfileId, Source = SheetsSource, ExternalKey = key,
                Platform = platforms.GetValueOrDefault(comment.PostUrl, "unknown").Trim().ToLowerInvariant(), Kind = "comment", PostUrl = comment.PostUrl,
                Author = comment.OwnerUsername, Text = comment.CommentText, CreatedAt = comment.CreatedAt, ReceivedAt = now,
                Sentiment = Sentiments.Neutral, Language = "und", LabelledBy = InboxComment.ByLexicon,
            }));
        }
    }

    /// <summary>A Meta comment or mention; an edited comment (same id, new text) is relabelled unless a person labelled it.</summary>
    public async Task WriteInteractionAsync(PlatformInteractionReceived interaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Comments.FirstOrDefaultAsync(c => c.Source == MetaSource && c.ExternalKey == interaction.ObjectId, cancellationToken);
        if (existing is null)
        {
            db.Comments.Add(Labelled(new InboxComment
            {
                TenantId = interaction.TenantId, ClientProfileId = interaction.ClientProfileId ?? SeriesKey.NoClientProfile,
                Source = MetaSource, ExternalKey = interaction.ObjectId, Platform = interaction.Platform.Trim().ToLowerInvariant(), Kind = interaction.Kind.ToLowerInvariant(),
                Author = interaction.AuthorHandle, Text = interaction.Text!, CreatedAt = interaction.OccurredAt, ReceivedAt = now,
                Sentiment = Sentiments.Neutral, Language = "und", LabelledBy = InboxComment.ByLexicon,
            }));
        }
        else if (existing.Text != interaction.Text)
        {
            existing.Text = interaction.Text!;
            if (existing.LabelledBy == InboxComment.ByLexicon)
            {
                Labelled(existing);
            }
        }
    }

    /// <summary>A Sheets comment row has no id of its own: its post, author, time and text are what make it that row.</summary>
    public static string SheetsKey(SocialComment comment)
    {
        var identity = string.Join('\n', comment.PostUrl, comment.OwnerUsername, comment.CreatedAt.ToUniversalTime().ToString("O"), comment.CommentText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }

    private static InboxComment Labelled(InboxComment comment)
    {
        var labels = CommentLabeler.Label(comment.Text);
        comment.Sentiment = labels.Sentiment;
        comment.SentimentScore = labels.Score;
        comment.Emotions = [.. labels.Emotions];
        comment.IsQuestion = labels.IsQuestion;
        comment.Language = labels.Language;
        return comment;
    }

    private async Task<Dictionary<string, string>> PlatformsOfAsync(
        Guid clientProfileId, IReadOnlyList<SocialPost> posts, IReadOnlyList<SocialComment> comments, CancellationToken cancellationToken)
    {
        var platforms = posts.GroupBy(p => p.PostUrl).ToDictionary(g => g.Key, g => g.First().Platform);
        var missing = comments.Select(c => c.PostUrl).Where(u => !platforms.ContainsKey(u)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var post in await db.Posts.Where(p => p.ClientProfileId == clientProfileId && missing.Contains(p.PostUrl))
                         .Select(p => new { p.PostUrl, p.Platform }).ToListAsync(cancellationToken))
            {
                platforms[post.PostUrl] = post.Platform;
            }
        }
        return platforms;
    }
}
