using System.Text.RegularExpressions;

namespace AdFlux.Video.Storage;

/// <summary>
/// The one check of a media key, used by every store: slash-separated segments of safe
/// characters, none empty, <c>.</c> or <c>..</c>, so no key can name anything outside the
/// store's root folder or bucket prefix.
/// </summary>
public static partial class MediaKey
{
    /// <summary>The key's segments; throws <see cref="ArgumentException"/> for a key that is not a storage key.</summary>
    public static string[] Segments(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var segments = key.Split('/');
        if (key.Length > 900 || segments.Any(s => !SafeSegment().IsMatch(s) || s is "." or ".."))
        {
            throw new ArgumentException($"'{key}' is not a storage key.", nameof(key));
        }
        return segments;
    }

    /// <summary>The key itself once checked.</summary>
    public static string Checked(string key)
    {
        Segments(key);
        return key;
    }

    [GeneratedRegex("^[A-Za-z0-9._%-]{1,120}$")]
    private static partial Regex SafeSegment();
}
