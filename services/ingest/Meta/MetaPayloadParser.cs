using System.Text.Json;
using AdFlux.Contracts;
using AdFlux.Contracts.Ingest;
using AdFlux.Ingest.Webhooks;

namespace AdFlux.Ingest.Meta;

/// <summary>
/// Meta Graph webhook bodies (<c>{"object": "instagram"|"page"|"ad_account", "entry": [{"id", "time", "changes": [{"field", "value"}]}]}</c>)
/// into events: Instagram <c>comments</c>/<c>live_comments</c>/<c>mentions</c>, page <c>feed</c>
/// (comments, reactions, likes, shares) and <c>mention</c>, ad account <c>with_issues_ad_objects</c> and
/// <c>in_process_ad_objects</c> become <see cref="PlatformInteractionReceived"/>; Instagram
/// <c>story_insights</c> becomes <see cref="PlatformMetricsReceived"/>. Other fields are ignored.
/// </summary>
public static class MetaPayloadParser
{
    public static MetaEntries? Read(JsonElement root, PayloadErrors errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Invalid("body", "The body must be a JSON object.");
            return null;
        }
        if (!root.TryGetProperty("object", out var objectType) || objectType.ValueKind != JsonValueKind.String)
        {
            errors.Missing("object");
        }
        if (!root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            errors.Missing("entry");
            return null;
        }
        var list = new List<(string, JsonElement)>();
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var field = $"entry[{index++}].id";
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("id", out var id))
            {
                errors.Missing(field);
                continue;
            }
            var accountId = id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(accountId) || accountId.Length > 100)
            {
                errors.Invalid(field, "id must be the page, Instagram or ad account id.");
                continue;
            }
            list.Add((NormaliseAccountId(accountId), entry));
        }
        return errors.IsEmpty ? new MetaEntries(objectType.GetString()!, list) : null;
    }

    /// <summary>Ad account ids appear as <c>act_123</c> in some payloads and <c>123</c> in others.</summary>
    public static string NormaliseAccountId(string id) => id.StartsWith("act_", StringComparison.Ordinal) ? id[4..] : id;

    public static IReadOnlyList<Func<Guid, Guid?, Guid, IIntegrationEvent>> EventsOf(string objectType, JsonElement entry, DateTimeOffset receivedAt)
    {
        var occurredAt = TimeOf(entry) ?? receivedAt;
        var events = new List<Func<Guid, Guid?, Guid, IIntegrationEvent>>();
        if (!entry.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
        {
            return events;
        }
        foreach (var change in changes.EnumerateArray())
        {
            if (change.ValueKind != JsonValueKind.Object
                || Str(change, "field") is not { } field
                || !change.TryGetProperty("value", out var value)
                || value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            if (EventOf(objectType, field, value, occurredAt) is { } make)
            {
                events.Add(make);
            }
        }
        return events;
    }

    private static Func<Guid, Guid?, Guid, IIntegrationEvent>? EventOf(string objectType, string field, JsonElement value, DateTimeOffset at)
    {
        switch (objectType, field)
        {
            case ("instagram", "comments" or "live_comments") when Str(value, "id") is { } commentId:
                return Interaction("instagram", "comment", commentId, Nested(value, "from", "username"), Str(value, "text"), at);
            case ("instagram", "mentions") when (Str(value, "comment_id") ?? Str(value, "media_id")) is { } mentionId:
                return Interaction("instagram", "mention", mentionId, null, null, at);
            case ("instagram", "story_insights") when Str(value, "media_id") is { } mediaId:
                var metrics = value.EnumerateObject()
                    .Where(p => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDouble(out _))
                    .ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
                return metrics.Count == 0 ? null : (tenant, profile, delivery) => new PlatformMetricsReceived(
                    Guid.CreateVersion7(), tenant, at, profile, "instagram", "story", mediaId, metrics, at, at, delivery);
            case ("page", "feed") when Str(value, "item") is { } item && (Str(value, "comment_id") ?? Str(value, "post_id")) is { } objectId:
                var verb = Str(value, "verb") ?? "add";
                var kind = verb == "add" ? item : $"{item}_{verb}";
                return Interaction("facebook", kind, objectId, Nested(value, "from", "name"), Str(value, "message"), at);
            case ("page", "mention") when (Str(value, "comment_id") ?? Str(value, "post_id")) is { } pageMention:
                return Interaction("facebook", "mention", pageMention, null, null, at);
            case ("ad_account", "with_issues_ad_objects") when Str(value, "id") is { } adObject:
                return Interaction("meta_ads", "ad_object_issue", adObject, null, Str(value, "error_summary") ?? Str(value, "error_message"), at);
            case ("ad_account", "in_process_ad_objects") when Str(value, "id") is { } processing:
                return Interaction("meta_ads", "ad_object_status", processing, null, Str(value, "status_name"), at);
            default:
                return null;
        }
    }

    private static Func<Guid, Guid?, Guid, IIntegrationEvent> Interaction(
        string platform, string kind, string objectId, string? author, string? text, DateTimeOffset at) =>
        (tenant, profile, delivery) => new PlatformInteractionReceived(
            Guid.CreateVersion7(), tenant, at, profile, platform, kind, objectId, author, text, delivery);

    private static DateTimeOffset? TimeOf(JsonElement entry)
    {
        if (!entry.TryGetProperty("time", out var time) || !time.TryGetInt64(out var value) || value <= 0)
        {
            return null;
        }
        // Page entries carry seconds; some Instagram entries carry milliseconds.
        return value > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String when !string.IsNullOrEmpty(value.GetString()) => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? Nested(JsonElement element, string outer, string inner) =>
        element.TryGetProperty(outer, out var value) && value.ValueKind == JsonValueKind.Object ? Str(value, inner) : null;
}
