using System.Globalization;
using AdFlux.Contracts.Ingest;

namespace AdFlux.Ingest.Sheets;

/// <summary>Seed 004 §2.3 row rules: required columns, platforms, ISO 8601 timestamps, non-negative counts; a bad row is reported and skipped, the rest kept.</summary>
public static class SheetRows
{
    public const string PostsTab = "Posts";
    public const string CommentsTab = "Comments";
    public static readonly string[] PostColumns = ["post_url", "platform", "created_at", "content", "likes", "comments_count", "shares"];
    public static readonly string[] CommentColumns = ["post_url", "comment_text", "ownerUsername", "created_at"];
    private static readonly string[] Platforms = ["instagram", "tiktok", "facebook"];

    public static List<SocialPost> Posts(SheetTable table, List<SheetRowError> errors)
    {
        var posts = new List<SocialPost>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, cell) in table.Rows())
        {
            var rowErrors = errors.Count;
            void Fail(string column, string reason) => errors.Add(new SheetRowError(table.Tab, row, column, reason));
            var url = cell("post_url");
            if (url.Length == 0)
            {
                Fail("post_url", "post_url is required.");
            }
            else if (!seen.Add(url))
            {
                Fail("post_url", "post_url repeats an earlier row.");
            }
            var platform = cell("platform").ToLowerInvariant();
            if (!Platforms.Contains(platform))
            {
                Fail("platform", $"platform must be one of: {string.Join(", ", Platforms)}.");
            }
            var createdAt = Timestamp(cell("created_at"), "created_at", Fail);
            var likes = Count(cell("likes"), "likes", Fail, required: true);
            var comments = Count(cell("comments_count"), "comments_count", Fail, required: true);
            var shares = Count(cell("shares"), "shares", Fail, required: true);
            var views = Count(cell("views"), "views", Fail, required: false);
            if (errors.Count == rowErrors)
            {
                posts.Add(new SocialPost(url, platform, createdAt!.Value, cell("content"), likes!.Value, comments!.Value, shares!.Value, views));
            }
        }
        return posts;
    }

    public static List<SocialComment> Comments(SheetTable table, IReadOnlySet<string> knownPosts, List<SheetRowError> errors)
    {
        var comments = new List<SocialComment>();
        foreach (var (row, cell) in table.Rows())
        {
            var rowErrors = errors.Count;
            void Fail(string column, string reason) => errors.Add(new SheetRowError(table.Tab, row, column, reason));
            var url = cell("post_url");
            if (!knownPosts.Contains(url))
            {
                Fail("post_url", url.Length == 0 ? "post_url is required." : "post_url names no valid row of Posts.");
            }
            if (cell("comment_text").Length == 0)
            {
                Fail("comment_text", "comment_text is required.");
            }
            if (cell("ownerUsername").Length == 0)
            {
                Fail("ownerUsername", "ownerUsername is required.");
            }
            var createdAt = Timestamp(cell("created_at"), "created_at", Fail);
            if (errors.Count == rowErrors)
            {
                comments.Add(new SocialComment(url, cell("comment_text"), cell("ownerUsername"), createdAt!.Value));
            }
        }
        return comments;
    }

    private static DateTimeOffset? Timestamp(string value, string column, Action<string, string> fail)
    {
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }
        fail(column, $"{column} must be an ISO 8601 timestamp.");
        return null;
    }

    private static long? Count(string value, string column, Action<string, string> fail, bool required)
    {
        if (value.Length == 0)
        {
            if (required)
            {
                fail(column, $"{column} is required.");
            }
            return null;
        }
        if (long.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        fail(column, $"{column} must be a whole number of at least 0.");
        return null;
    }
}
