using System.Globalization;

namespace AdFlux.Web.Insights;

/// <summary>The inbox's filters as the page holds them; <see cref="Path"/> is the request they make.</summary>
public sealed class CommentFilters
{
    public const int PageSize = 50;

    public Guid? ClientProfileId { get; set; }

    public string? Platform { get; set; }

    public string? Sentiment { get; set; }

    public string? Emotion { get; set; }

    /// <summary>"yes", "no" or empty (both).</summary>
    public string? Question { get; set; }

    public string? Search { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Offset { get; set; }

    /// <summary><c>GET /api/insights/comments</c> with the filters set; the day range covers whole UTC days.</summary>
    public string Path()
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }
        Add("clientProfileId", ClientProfileId?.ToString());
        Add("platform", Platform);
        Add("sentiment", Sentiment);
        Add("emotion", Emotion);
        Add("question", Question switch { "yes" => "true", "no" => "false", _ => null });
        Add("search", Search);
        Add("from", From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
        Add("to", To?.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
        Add("offset", Offset > 0 ? Offset.ToString(CultureInfo.InvariantCulture) : null);
        Add("limit", PageSize.ToString(CultureInfo.InvariantCulture));
        return "/api/insights/comments?" + string.Join('&', query);
    }
}
