using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AdFlux.Ads.Creatives.Copy;

/// <summary>The conversation and the JSON schema of one platform's copy: the limits are in both, so a model that honours structured output keeps them.</summary>
public static class CopyPrompt
{
    public static List<ChatMessage> Messages(CopyBrief brief, PlatformCopyLimits limits)
    {
        var rules = $"""
            You write ad copy for {limits.Platform}, in the language {brief.Language}.
            Tone of voice: {(string.IsNullOrWhiteSpace(brief.Tone) ? "neutral" : brief.Tone)}.
            headline: at most {limits.HeadlineMax} characters. primaryText: at most {limits.PrimaryTextMax} characters.
            callToAction: one of {string.Join(", ", limits.CallsToAction)}.
            {(brief.BannedWords.Count > 0 ? "Never use these words: " + string.Join(", ", brief.BannedWords) + "." : "")}
            {string.Join(" ", brief.ToneRules?.Describe() ?? [])}
            Answer with the JSON object only. The brief follows.
            """;
        return [new ChatMessage(ChatRole.System, rules), new ChatMessage(ChatRole.User, brief.Brief)];
    }

    /// <summary>The first answer and why it failed, so the second attempt can fix it.</summary>
    public static void AddRetry(List<ChatMessage> messages, string previousAnswer, IReadOnlyList<string> reasons)
    {
        messages.Add(new ChatMessage(ChatRole.Assistant, previousAnswer));
        messages.Add(new ChatMessage(ChatRole.User, "That answer broke these rules: " + string.Join(" ", reasons) + " Write it again, keeping every rule."));
    }

    public static ChatResponseFormat Format(PlatformCopyLimits limits)
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["headline"] = new JsonObject { ["type"] = "string", ["maxLength"] = limits.HeadlineMax, ["description"] = "The ad's headline." },
                ["primaryText"] = new JsonObject { ["type"] = "string", ["maxLength"] = limits.PrimaryTextMax, ["description"] = "The ad's main text." },
                ["callToAction"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. limits.CallsToAction.Select(c => (JsonNode)c)]) },
            },
            ["required"] = new JsonArray("headline", "primaryText", "callToAction"),
            ["additionalProperties"] = false,
        };
        return ChatResponseFormat.ForJsonSchema(JsonSerializer.SerializeToElement(schema), "ad_copy", $"Ad copy for {limits.Platform}");
    }
}
