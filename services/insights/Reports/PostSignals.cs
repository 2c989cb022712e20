using System.Text.RegularExpressions;
using AdFlux.Insights.Analytics;
using AdFlux.Insights.Comments;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Reports;

/// <summary>What the report modules read off a post or comment: engagement, format, hashtags, mentions and keywords.</summary>
public static partial class PostSignals
{
    private static readonly HashSet<string> NotKeywords =
    [
        "the", "and", "for", "you", "this", "that", "with", "are", "was", "but", "not", "all", "out", "now", "new", "our", "your", "have",
        "has", "just", "from", "they", "will", "what", "when", "how", "its", "his", "her", "who", "can", "get", "one", "more",
        "los", "las", "que", "por", "para", "con", "una", "del", "esta", "este", "como", "mas", "pero", "muy", "sus", "todo", "todos",
        "cuando", "donde", "hay", "ser", "son", "fue", "mis", "tus", "nos", "les", "ese", "esa", "eso", "aqui", "ahora", "https", "http", "www", "com",
    ];

    public static long Engagement(SocialPostRecord post) => post.Likes + post.CommentsCount + post.Shares;

    /// <summary>Seed 003's engagement rate over views, or null where a post reports no views.</summary>
    public static double? EngagementRate(SocialPostRecord post) =>
        post.Views is { } views ? Formulas.EngagementRate(post.Likes, post.Shares, post.CommentsCount, views) : null;

    /// <summary>The format a post's URL shows: reel, short, video, story or post.</summary>
    public static string Format(SocialPostRecord post)
    {
        var url = post.PostUrl.ToLowerInvariant();
        return url.Contains("/reel") ? "reel"
            : url.Contains("/shorts/") ? "short"
            : url.Contains("/stories/") ? "story"
            : url.Contains("youtube.") || url.Contains("youtu.be") || url.Contains("tiktok.") || url.Contains("/tv/") || url.Contains("/videos/") ? "video"
            : "post";
    }

    public static IEnumerable<string> Hashtags(string text) => HashtagPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    public static IEnumerable<string> Mentions(string text) => MentionPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    /// <summary>Words of three letters or more, folded, without hashtags, mentions, links and the commonest words of both languages.</summary>
    public static IEnumerable<string> Keywords(string text)
    {
        var plain = LinkPattern().Replace(MentionPattern().Replace(HashtagPattern().Replace(text, " "), " "), " ");
        return CommentLabeler.Words(plain).Where(w => w.Length >= 3 && !w.All(char.IsDigit) && !NotKeywords.Contains(w));
    }

    public static List<CountedTerm> Top(IEnumerable<string> terms, int take) =>
        [.. terms.GroupBy(t => t).Select(g => new CountedTerm(g.Key, g.Count())).OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Take(take)];

    [GeneratedRegex(@"#[\p{L}\p{N}_]+")]
    private static partial Regex HashtagPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.]*[\p{L}\p{N}_]")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
