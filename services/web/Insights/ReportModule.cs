using System.Text.Json.Nodes;

namespace AdFlux.Web.Insights;

/// <summary>
/// One of Q1–Q10: the numbers, the model's reading (Q1–Q9: summary and highlights; Q10: recommendations
/// citing Q1–Q9), or the error when it failed.
/// </summary>
public sealed record ReportModule(
    string Id, string Title, string Status, JsonObject? Numbers, JsonObject? Reading, string? Error, int Attempts, long InputTokens,
    long OutputTokens, decimal? Cost)
{
    public bool HasFailed => Status == "failed";

    public string? Summary => Reading?["summary"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public IReadOnlyList<string> Highlights => Strings(Reading?["highlights"]);

    public IReadOnlyList<Recommendation> Recommendations =>
        Reading?["recommendations"] is JsonArray items
            ? [.. items.OfType<JsonObject>().Select(i => new Recommendation(
                i["text"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : "", Strings(i["evidence"])))]
            : [];

    /// <summary>The numbers that are single values (counts, rates), for a compact list; nested ones stay in the JSON view.</summary>
    public IReadOnlyList<(string Name, string Value)> Figures =>
        Numbers is null ? [] : [.. Numbers.Where(p => p.Value is JsonValue).Select(p => (p.Key, p.Value!.ToString()))];

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray items ? [.. items.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : v.ToString())] : [];
}
