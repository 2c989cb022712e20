using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AdFlux.PlatformSandbox.OpenAi;

/// <summary>
/// Builds a JSON value that conforms to a JSON schema (object, array, string with
/// <c>minLength</c>/<c>maxLength</c>/<c>enum</c>/<c>format</c>, integer and number with bounds,
/// boolean, <c>const</c>, <c>anyOf</c>/<c>oneOf</c>, nullable type arrays, local <c>$ref</c>s),
/// filling strings with the prompt's words. The same prompt and schema always give the same value.
/// </summary>
public sealed partial class SchemaFiller(JsonNode root, PromptCues cues, string seed)
{
    private const int DefaultStringLength = 80;

    public JsonNode? Fill() => Fill(root, "$");

    private JsonNode? Fill(JsonNode? schema, string path)
    {
        if (schema is not JsonObject node)
        {
            return Text(path, null, DefaultStringLength);
        }
        if (node["$ref"]?.GetValue<string>() is { } reference)
        {
            return Fill(Resolve(reference), path);
        }
        if (node.TryGetPropertyValue("const", out var constant))
        {
            return constant?.DeepClone();
        }
        if (node["enum"] is JsonArray choices && choices.Count > 0)
        {
            return choices[(int)Stable.Number($"{seed}:{path}", 0, choices.Count - 1)]?.DeepClone();
        }
        if ((node["anyOf"] ?? node["oneOf"]) is JsonArray options && options.Count > 0)
        {
            return Fill(options.FirstOrDefault(o => TypeOf(o as JsonObject) != "null") ?? options[0], path);
        }
        return TypeOf(node) switch
        {
            "object" => Object(node, path),
            "array" => Array(node, path),
            "integer" => JsonValue.Create(Stable.Number($"{seed}:{path}", Bound(node, "minimum", 0), Bound(node, "maximum", 100))),
            "number" => JsonValue.Create(Stable.Number($"{seed}:{path}", Bound(node, "minimum", 0) * 100, Bound(node, "maximum", 100) * 100) / 100.0),
            "boolean" => JsonValue.Create(Stable.Number($"{seed}:{path}", 0, 1) == 1),
            "null" => null,
            _ => String(node, path),
        };
    }

    private JsonObject Object(JsonObject node, string path)
    {
        var result = new JsonObject();
        if (node["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                result[name] = Fill(property, $"{path}.{name}");
            }
        }
        return result;
    }

    private JsonArray Array(JsonObject node, string path)
    {
        var count = (int)Math.Clamp(3, Bound(node, "minItems", 0), Bound(node, "maxItems", 3));
        var result = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            result.Add(Fill(node["items"], $"{path}[{i}]"));
        }
        return result;
    }

    private JsonNode String(JsonObject node, string path) => node["format"]?.GetValue<string>() switch
    {
        "date" => JsonValue.Create("2026-01-15")!,
        "date-time" => JsonValue.Create("2026-01-15T12:00:00Z")!,
        "uuid" => JsonValue.Create(new Guid(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes($"{seed}:{path}"))).ToString())!,
        _ => Text(path, (int?)Bound(node, "minLength", 0), (int)Bound(node, "maxLength", DefaultStringLength)),
    };

    // Clients that send strict schemas (Microsoft.Extensions.AI for OpenAI) move keywords strict mode
    // lacks into the description as "maxLength: 30" lines; a model reads them there, and so does the sandbox.
    private static long Bound(JsonObject node, string name, long fallback)
    {
        if (node[name] is JsonValue value && value.TryGetValue<double>(out var number))
        {
            return (long)number;
        }
        var described = node["description"] is JsonValue text && text.TryGetValue<string>(out var description)
            ? DescribedBound().Matches(description).FirstOrDefault(m => m.Groups["name"].Value == name)
            : null;
        return described is not null ? long.Parse(described.Groups["value"].Value, CultureInfo.InvariantCulture) : fallback;
    }

    [GeneratedRegex(@"(?m)^(?<name>minLength|maxLength|minimum|maximum|minItems|maxItems):\s*(?<value>-?\d+)\s*$")]
    private static partial Regex DescribedBound();

    private JsonNode Text(string path, int? minLength, int maxLength)
    {
        var words = cues.Words;
        var text = new StringBuilder(string.Join(' ', cues.Say));
        var start = (int)Stable.Number($"{seed}:{path}", 0, words.Count - 1);
        // Overlong answers pass the limit by a margin, so a client's check cannot miss them by one.
        var target = cues.Overlong ? maxLength + 12 : maxLength;
        for (var i = 0; i < 1000; i++)
        {
            var word = words[(start + i) % words.Count];
            var next = text.Length == 0 ? word : " " + word;
            var exhausted = i >= words.Count && !cues.Overlong && text.Length >= (minLength ?? 0);
            if (exhausted || text.Length > 0 && text.Length + next.Length > target && text.Length >= (minLength ?? 0) && !(cues.Overlong && text.Length <= maxLength))
            {
                break;
            }
            text.Append(next);
        }
        var result = text.ToString();
        if (!cues.Overlong && result.Length > maxLength)
        {
            result = result[..maxLength].TrimEnd();
        }
        return JsonValue.Create(result.Length > 0 ? char.ToUpper(result[0], CultureInfo.InvariantCulture) + result[1..] : result)!;
    }

    private JsonNode? Resolve(string reference)
    {
        JsonNode? node = root;
        foreach (var part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }
        return node;
    }

    private static string? TypeOf(JsonObject? node) => node?["type"] switch
    {
        JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        JsonValue type => type.GetValue<string>(),
        _ => node?["properties"] is not null ? "object" : null,
    };

}
