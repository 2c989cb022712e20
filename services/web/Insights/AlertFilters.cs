using System.Globalization;

namespace AdFlux.Web.Insights;

/// <summary>The alert list's filters as the page holds them; <see cref="Path"/> is the request they make.</summary>
public sealed class AlertFilters
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<string> Kinds = ["threshold", "anomaly", "budget", "campaign-anomaly", "reach-limited"];

    public static readonly IReadOnlyList<string> Severities = ["info", "warning", "critical"];

    public string? Kind { get; set; }

    public string? Severity { get; set; }

    /// <summary>"open", "acknowledged" or empty (both).</summary>
    public string? State { get; set; } = "open";

    public int Offset { get; set; }

    /// <summary><c>GET /api/insights/alerts</c> with the filters set.</summary>
    public string Path()
    {
        var query = new List<string> { $"limit={PageSize.ToString(CultureInfo.InvariantCulture)}" };
        if (!string.IsNullOrEmpty(Kind))
        {
            query.Add($"kind={Uri.EscapeDataString(Kind)}");
        }
        if (!string.IsNullOrEmpty(Severity))
        {
            query.Add($"severity={Uri.EscapeDataString(Severity)}");
        }
        if (State is "open" or "acknowledged")
        {
            query.Add($"acknowledged={(State == "acknowledged" ? "true" : "false")}");
        }
        if (Offset > 0)
        {
            query.Add($"offset={Offset.ToString(CultureInfo.InvariantCulture)}");
        }
        return "/api/insights/alerts?" + string.Join('&', query);
    }
}
