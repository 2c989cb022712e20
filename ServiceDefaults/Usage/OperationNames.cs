using System.Text;
using System.Text.RegularExpressions;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// A request's operation as a route template — <c>GET v21.0/act_{id}/campaigns</c> — so usage groups by
/// what was asked, not by which object: ids become <c>{id}</c>, and the query string (where platforms
/// take keys and tokens) is never kept. OpenTelemetry's HTTP conventions ask the same of
/// <c>url.template</c> (https://opentelemetry.io/docs/specs/semconv/http/http-spans/).
/// </summary>
public static partial class OperationNames
{
    public const int MaxLength = 200;

    public static string Of(HttpMethod method, Uri? uri)
    {
        var path = uri is null ? "" : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?', '#')[0];
        var template = new StringBuilder();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (template.Length > 0)
            {
                template.Append('/');
            }
            template.Append(Template(Uri.UnescapeDataString(segment)));
        }
        var name = $"{method.Method} {template}";
        return name.Length <= MaxLength ? name : name[..MaxLength];
    }

    private static string Template(string segment)
    {
        if (Version().IsMatch(segment))
        {
            return segment;
        }
        // A verb after an id keeps its name: customers/123/googleAds:searchStream.
        var colon = segment.LastIndexOf(':');
        if (colon > 0 && Verb().IsMatch(segment[(colon + 1)..]))
        {
            return Template(segment[..colon]) + segment[colon..];
        }
        if (Prefixed().Match(segment) is { Success: true } prefixed)
        {
            return prefixed.Groups[1].Value + "{id}";
        }
        return Word().IsMatch(segment) && segment.Length <= 40 ? segment : "{id}";
    }

    [GeneratedRegex("^v[0-9]+(\\.[0-9]+)?(beta|alpha)?[0-9]*$")]
    private static partial Regex Version();

    // Google's custom methods (googleAds:searchStream, values/{range}:append); a range's end (A1:Z) is not one.
    [GeneratedRegex("^[a-z][A-Za-z]{2,}$")]
    private static partial Regex Verb();

    // act_123 (Meta ad accounts): the prefix names the kind of id.
    [GeneratedRegex("^([a-z]+_)[0-9]+$")]
    private static partial Regex Prefixed();

    // A path word: letters, dashes, dots and underscores, no digits (anything with a digit is an id or a range like Sheet1!A1:Z).
    [GeneratedRegex("^[A-Za-z][A-Za-z._-]*$")]
    private static partial Regex Word();
}
