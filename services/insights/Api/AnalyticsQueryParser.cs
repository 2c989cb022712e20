using System.Globalization;
using System.Text.RegularExpressions;
using AdFlux.Insights.Analytics;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>Validates an <see cref="AnalyticsQuery"/> into a filter, or names each field in error.</summary>
public static partial class AnalyticsQueryParser
{
    public static AnalyticsFilter? Parse(
        AnalyticsQuery query, string? fixedPlatform, DateOnly today, int defaultDays, int maxDays, Dictionary<string, string[]> errors)
    {
        var to = Date(query.To, "to", errors) ?? today;
        var from = Date(query.From, "from", errors) ?? to.AddDays(1 - defaultDays);
        if (!errors.ContainsKey("from") && !errors.ContainsKey("to"))
        {
            if (from > to)
            {
                errors["from"] = ["from must not be after to."];
            }
            else if (to.DayNumber - from.DayNumber + 1 > maxDays)
            {
                errors["to"] = [$"A query covers at most {maxDays} days."];
            }
        }

        IReadOnlySet<string>? platforms = null;
        if (!string.IsNullOrWhiteSpace(query.Platform))
        {
            var names = query.Platform.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0 || names.Any(name => !PlatformName().IsMatch(name)))
            {
                errors["platform"] = ["platform must be one or more comma-separated platform names (letters, digits, '-' or '_', up to 50 each)."];
            }
            else
            {
                platforms = names.Select(SeriesKey.NormalisePlatform).ToHashSet(StringComparer.Ordinal);
                if (fixedPlatform is not null && !platforms.SetEquals([fixedPlatform]))
                {
                    errors["platform"] = [$"This endpoint reports {fixedPlatform} only; use /api/insights/analytics/comprehensive for other platforms."];
                }
            }
        }
        if (fixedPlatform is not null)
        {
            platforms = new HashSet<string>(StringComparer.Ordinal) { fixedPlatform };
        }

        Guid? clientProfileId = null;
        if (!string.IsNullOrWhiteSpace(query.ClientProfileId))
        {
            if (Guid.TryParse(query.ClientProfileId, out var id) && id != Guid.Empty)
            {
                clientProfileId = id;
            }
            else
            {
                errors["clientProfileId"] = ["clientProfileId must be a client profile id (a GUID)."];
            }
        }
        return errors.Count == 0 ? new AnalyticsFilter(new ReportPeriod(from, to), platforms, clientProfileId) : null;
    }

    private static DateOnly? Date(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors[field] = [$"{field} must be an ISO 8601 date (yyyy-MM-dd)."];
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,50}$")]
    private static partial Regex PlatformName();
}
