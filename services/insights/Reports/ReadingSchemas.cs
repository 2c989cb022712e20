using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AdFlux.Insights.Reports;

/// <summary>
/// The JSON schema each module's reading must follow, sent as structured output and checked again
/// on return (<see cref="Violations"/>): providers that ignore the schema are caught here.
/// Q1–Q9: a summary and up to five highlights. Q10: one to five recommendations, each citing the
/// questions that support it.
/// </summary>
public static class ReadingSchemas
{
    public const int SummaryMax = 800;
    public const int ItemMax = 300;
    public const int MaxItems = 5;

    public static ChatResponseFormat Format(string questionId) => ChatResponseFormat.ForJsonSchema(
        JsonSerializer.SerializeToElement(questionId == ReportQuestions.RecommendationsId ? Recommendations() : Reading()),
        questionId == ReportQuestions.RecommendationsId ? "recommendations" : "reading", $"The reading of {questionId}");

    public static List<string> Violations(string questionId, JsonNode? answer)
    {
        var errors = new List<string>();
        if (answer is not JsonObject root)
        {
            return ["The answer is not a JSON object."];
        }
        if (questionId != ReportQuestions.RecommendationsId)
        {
            if (root["summary"] is not JsonValue summary || !summary.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text) || text.Length > SummaryMax)
            {
                errors.Add($"summary must be a non-empty string of at most {SummaryMax} characters.");
            }
            CheckStrings(root["highlights"], "highlights", errors);
            return errors;
        }
        if (root["recommendations"] is not JsonArray { Count: >= 1 and <= MaxItems } recommendations)
        {
            return [$"recommendations must be an array of 1 to {MaxItems} items."];
        }
        foreach (var item in recommendations)
        {
            if (item?["text"] is not JsonValue value || !value.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text) || text.Length > ItemMax)
            {
                errors.Add($"every recommendation needs a text of at most {ItemMax} characters.");
            }
            var cited = (item?["evidence"] as JsonArray)?.Select(e => e is JsonValue v && v.TryGetValue<string>(out var id) ? id : null).ToList();
            if (cited is not { Count: > 0 } || cited.Any(id => id is null || ReportQuestions.Evidence.All(q => q.Id != id)))
            {
                errors.Add("every recommendation must cite at least one of Q1–Q9 as evidence, and nothing else.");
            }
        }
        return errors;
    }

    private static void CheckStrings(JsonNode? node, string name, List<string> errors)
    {
        if (node is not JsonArray { Count: <= MaxItems } items
            || items.Any(i => i is not JsonValue v || !v.TryGetValue<string>(out var s) || string.IsNullOrWhiteSpace(s) || s.Length > ItemMax))
        {
            errors.Add($"{name} must be an array of at most {MaxItems} non-empty strings of at most {ItemMax} characters.");
        }
    }

    private static JsonObject Reading() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["summary"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = SummaryMax, ["description"] = "What the numbers say, in two or three sentences." },
            ["highlights"] = new JsonObject
            {
                ["type"] = "array", ["maxItems"] = MaxItems,
                ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = ItemMax },
            },
        },
        ["required"] = new JsonArray("summary", "highlights"),
        ["additionalProperties"] = false,
    };

    private static JsonObject Recommendations() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["recommendations"] = new JsonObject
            {
                ["type"] = "array", ["minItems"] = 1, ["maxItems"] = MaxItems,
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["text"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = ItemMax },
                        ["evidence"] = new JsonObject
                        {
                            ["type"] = "array", ["minItems"] = 1,
                            ["items"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. ReportQuestions.Evidence.Select(q => (JsonNode)q.Id)]) },
                        },
                    },
                    ["required"] = new JsonArray("text", "evidence"),
                    ["additionalProperties"] = false,
                },
            },
        },
        ["required"] = new JsonArray("recommendations"),
        ["additionalProperties"] = false,
    };
}
