using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AdFlux.Insights.Reports;

/// <summary>
/// Asks the model to read one module's numbers with structured output; an answer that is not JSON
/// or breaks the schema is asked for once more with the reasons, and a second failure leaves the
/// module failed (the report keeps the others). A provider error fails the module the same way.
/// </summary>
public sealed class ModuleReader(ILogger<ModuleReader> logger)
{
    public const int MaxAttempts = 2;

    public async Task<ModuleReading> ReadAsync(
        IChatClient client, string model, string questionId, string title, string asks, JsonObject numbers, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, """
                You are the analyst of a music artist's social media. You are given the numbers of one question of a daily
                report, computed from the posts and comments that arrived since the last report. Read only these numbers;
                never invent figures. Answer in the language most comments are written in, with the JSON object only.
                """),
            new(ChatRole.User, $"{questionId} — {title}. {asks}\nNumbers (JSON): {numbers.ToJsonString()}"),
        };
        var options = new ChatOptions { ModelId = model, ResponseFormat = ReadingSchemas.Format(questionId), Temperature = 0.2f };
        long input = 0, output = 0;
        string? modelId = null;
        for (var attempt = 1; ; attempt++)
        {
            ChatResponse response;
            try
            {
                response = await client.GetResponseAsync(messages, options, cancellationToken);
            }
            catch (Exception error) when (error is System.ClientModel.ClientResultException or HttpRequestException)
            {
                logger.LogWarning(error, "The model failed on {Question}", questionId);
                return new ModuleReading(null, $"The model failed: {error.Message}", attempt, input, output, modelId);
            }
            input += response.Usage?.InputTokenCount ?? 0;
            output += response.Usage?.OutputTokenCount ?? 0;
            modelId ??= response.ModelId;
            var (reading, problems) = Check(questionId, response.Text);
            if (problems.Count == 0)
            {
                return new ModuleReading(reading, null, attempt, input, output, modelId);
            }
            if (attempt == MaxAttempts)
            {
                return new ModuleReading(null, "The answer broke its schema twice: " + string.Join(" ", problems), attempt, input, output, modelId);
            }
            messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
            messages.Add(new ChatMessage(ChatRole.User, "That answer is not valid: " + string.Join(" ", problems) + " Answer again with the JSON object the schema asks for."));
        }
    }

    private static (JsonObject? Reading, List<string> Problems) Check(string questionId, string text)
    {
        JsonNode? answer;
        try
        {
            answer = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return (null, ["The answer is not JSON."]);
        }
        var problems = ReadingSchemas.Violations(questionId, answer);
        return (problems.Count == 0 ? (JsonObject)answer! : null, problems);
    }
}
