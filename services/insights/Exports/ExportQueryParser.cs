using AdFlux.Insights.Analytics;
using AdFlux.Insights.Api;

namespace AdFlux.Insights.Exports;

/// <summary>Validates export queries with the analytics endpoints' own rules, naming each field in error.</summary>
public static class ExportQueryParser
{
    public static ExportFormat? Format(string? value, Dictionary<string, string[]> errors)
    {
        if (ExportFormat.Find(value) is { } format)
        {
            return format;
        }
        errors["format"] = [$"format must be one of {string.Join(", ", ExportFormat.All.Select(f => f.Name))}."];
        return null;
    }

    /// <summary>The analytics filter; <paramref name="tenantPlatforms"/> are the platforms the caller's figures name, beside the known ones.</summary>
    public static AnalyticsFilter? Analytics(
        ExportAnalyticsQuery query, DateOnly today, int defaultDays, int maxDays, IReadOnlySet<string> tenantPlatforms, Dictionary<string, string[]> errors)
    {
        var parsed = new Dictionary<string, string[]>();
        var filter = AnalyticsQueryParser.Parse(
            new AnalyticsQuery(query.From, query.To, query.Platforms, query.ClientProfileId), null, today, defaultDays, maxDays, parsed);
        foreach (var (field, messages) in parsed)
        {
            errors[field == "platform" ? "platforms" : field] = field == "platform"
                ? ["platforms must be one or more comma-separated platform names (letters, digits, '-' or '_', up to 50 each)."]
                : messages;
        }
        var unknown = filter?.Platforms?.Where(p => !ExportPlatforms.Known.Contains(p) && !tenantPlatforms.Contains(p)).Order(StringComparer.Ordinal).ToList();
        if (unknown is { Count: > 0 })
        {
            errors["platforms"] = [$"Unknown platform {string.Join(", ", unknown)}: known are {string.Join(", ", ExportPlatforms.Known.Union(tenantPlatforms).Order(StringComparer.Ordinal))}."];
        }
        return errors.Count == 0 ? filter : null;
    }

    /// <summary>The reports' period and client profile, by the same date and id rules.</summary>
    public static AnalyticsFilter? Reports(ExportReportsQuery query, DateOnly today, int defaultDays, int maxDays, Dictionary<string, string[]> errors)
    {
        var filter = AnalyticsQueryParser.Parse(new AnalyticsQuery(query.From, query.To, null, query.ClientProfileId), null, today, defaultDays, maxDays, errors);
        return errors.Count == 0 ? filter : null;
    }
}
