using System.Collections.Concurrent;
using System.Globalization;

namespace AdFlux.PlatformSandbox.Google;

/// <summary>
/// Spreadsheets in memory, seeded per spreadsheet id with seed 004 §2.3's "Posts" and "Comments" tabs
/// (one post a day from 2026-11-01, the eighth with an unreadable <c>likes</c>, two comments per post).
/// <c>values:append</c> adds rows, so incremental pulls can be shown.
/// </summary>
public sealed class SheetStore
{
    public static readonly string[] PostColumns = ["post_url", "platform", "created_at", "content", "likes", "comments_count", "shares", "views"];
    public static readonly string[] CommentColumns = ["post_url", "comment_text", "ownerUsername", "created_at"];
    private static readonly string[] Platforms = ["instagram", "tiktok", "facebook"];
    private readonly ConcurrentDictionary<(string, string), List<List<string>>> _sheets = new();

    public IReadOnlyList<IReadOnlyList<string>>? Read(string spreadsheetId, string tab)
    {
        var rows = Sheet(spreadsheetId, tab);
        if (rows is null)
        {
            return null;
        }
        lock (rows)
        {
            return rows.Select(r => (IReadOnlyList<string>)r.ToList()).ToList();
        }
    }

    public int Append(string spreadsheetId, string tab, IEnumerable<List<string>> newRows)
    {
        var rows = Sheet(spreadsheetId, tab) ?? throw new KeyNotFoundException(tab);
        lock (rows)
        {
            var before = rows.Count;
            rows.AddRange(newRows);
            return rows.Count - before;
        }
    }

    private List<List<string>>? Sheet(string spreadsheetId, string tab) => tab switch
    {
        "Posts" or "Comments" => _sheets.GetOrAdd((spreadsheetId, tab), key => Seed(key.Item1, key.Item2)),
        _ => null,
    };

    private static List<List<string>> Seed(string spreadsheetId, string tab)
    {
        var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var rows = new List<List<string>> { (tab == "Posts" ? PostColumns : CommentColumns).ToList() };
        for (var i = 0; i < 12; i++)
        {
            var url = $"https://social.example/{spreadsheetId}/p/{i + 1}";
            var at = start.AddDays(i);
            if (tab == "Posts")
            {
                var likes = i == 7 ? "n/a" : Stable.Number($"{url}:likes", 50, 5000).ToString(CultureInfo.InvariantCulture);
                rows.Add([url, Platforms[i % 3], at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), $"Post {i + 1} of {spreadsheetId}", likes,
                    Stable.Number($"{url}:comments", 0, 300).ToString(CultureInfo.InvariantCulture),
                    Stable.Number($"{url}:shares", 0, 200).ToString(CultureInfo.InvariantCulture),
                    i % 3 == 2 ? "" : Stable.Number($"{url}:views", 1000, 90000).ToString(CultureInfo.InvariantCulture)]);
            }
            else
            {
                rows.Add([url, $"Love post {i + 1}!", $"fan_{i}_a", at.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)]);
                rows.Add([url, $"When is the next one? ({i + 1})", $"fan_{i}_b", at.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)]);
            }
        }
        return rows;
    }
}
