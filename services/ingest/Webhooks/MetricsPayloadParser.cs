using System.Globalization;
using System.Text.Json;

namespace AdFlux.Ingest.Webhooks;

/// <summary>
/// Reads a metrics webhook body: one record object or an array of them, each with the shape's
/// id field(s), <c>period_start</c>, <c>period_end</c> (ISO 8601) and a non-empty <c>metrics</c>
/// object of numbers. Field names in errors are paths: <c>metrics.views</c>, <c>[2].period_end</c>.
/// </summary>
public static class MetricsPayloadParser
{
    private const int MaxIdLength = 500;
    private const int MaxNameLength = 100;
    private const int MaxMetrics = 200;

    public static IReadOnlyList<MetricsRecord> Parse(JsonElement root, MetricsShape shape, int maxRecords, PayloadErrors errors)
    {
        var records = new List<MetricsRecord>();
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                AddRecord(root, shape, "", errors, records);
                break;
            case JsonValueKind.Array:
                var count = root.GetArrayLength();
                if (count == 0 || count > maxRecords)
                {
                    errors.Invalid("body", $"An array of records must hold between 1 and {maxRecords} records.");
                    break;
                }
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    var prefix = $"[{index++}].";
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        errors.Invalid(prefix.TrimEnd('.'), "Each record must be a JSON object.");
                        continue;
                    }
                    AddRecord(item, shape, prefix, errors, records);
                }
                break;
            default:
                errors.Invalid("body", "The body must be a JSON object or an array of objects.");
                break;
        }
        return errors.IsEmpty ? records : [];
    }

    private static void AddRecord(JsonElement item, MetricsShape shape, string prefix, PayloadErrors errors, List<MetricsRecord> records)
    {
        var platform = shape.Platform ?? Text(item, "platform", prefix, MaxNameLength, errors);
        var entityType = shape.EntityType ?? Text(item, "entity_type", prefix, MaxNameLength, errors);
        var entityId = Text(item, shape.EntityIdField, prefix, MaxIdLength, errors);
        var childId = shape.ChildIdField is { } childField ? OptionalText(item, childField, prefix, MaxIdLength, errors) : null;
        var start = Timestamp(item, "period_start", prefix, errors);
        var end = Timestamp(item, "period_end", prefix, errors);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Invalid(prefix + "period_end", "period_end must not be before period_start.");
        }
        var metrics = Metrics(item, prefix, errors);
        if (platform is null || entityType is null || entityId is null || start is null || end is null || metrics is null)
        {
            return;
        }
        records.Add(childId is null
            ? new MetricsRecord(platform, entityType, entityId, metrics, start.Value, end.Value)
            : new MetricsRecord(platform, shape.ChildEntityType!, childId, metrics, start.Value, end.Value));
    }

    private static string? Text(JsonElement item, string field, string prefix, int maxLength, PayloadErrors errors)
    {
        if (!item.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Missing(prefix + field);
            return null;
        }
        return CheckText(value, field, prefix, maxLength, errors);
    }

    private static string? OptionalText(JsonElement item, string field, string prefix, int maxLength, PayloadErrors errors) =>
        item.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? CheckText(value, field, prefix, maxLength, errors)
            : null;

    private static string? CheckText(JsonElement value, string field, string prefix, int maxLength, PayloadErrors errors)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Invalid(prefix + field, $"{field} must be a non-empty string.");
            return null;
        }
        var text = value.GetString()!.Trim();
        if (text.Length > maxLength)
        {
            errors.Invalid(prefix + field, $"{field} must be at most {maxLength} characters.");
            return null;
        }
        return text;
    }

    private static DateTimeOffset? Timestamp(JsonElement item, string field, string prefix, PayloadErrors errors)
    {
        if (!item.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Missing(prefix + field);
            return null;
        }
        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }
        errors.Invalid(prefix + field, $"{field} must be an ISO 8601 timestamp.");
        return null;
    }

    private static Dictionary<string, double>? Metrics(JsonElement item, string prefix, PayloadErrors errors)
    {
        var field = prefix + "metrics";
        if (!item.TryGetProperty("metrics", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Missing(field);
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Invalid(field, "metrics must be an object of metric name to number.");
            return null;
        }
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var valid = true;
        foreach (var metric in value.EnumerateObject())
        {
            if (metric.Value.ValueKind != JsonValueKind.Number || !metric.Value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                errors.Invalid($"{field}.{metric.Name}", "A metric value must be a finite number.");
                valid = false;
                continue;
            }
            if (metric.Name.Length is 0 or > MaxNameLength)
            {
                errors.Invalid(field, $"Metric names must have 1 to {MaxNameLength} characters.");
                valid = false;
                continue;
            }
            metrics[metric.Name] = number;
        }
        if (valid && (metrics.Count == 0 || metrics.Count > MaxMetrics))
        {
            errors.Invalid(field, $"metrics must hold between 1 and {MaxMetrics} values.");
            valid = false;
        }
        return valid ? metrics : null;
    }
}
