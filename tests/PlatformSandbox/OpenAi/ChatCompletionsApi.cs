using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdFlux.PlatformSandbox.OpenAi;

/// <summary>
/// An OpenAI-compatible <c>POST /v1/chat/completions</c> (https://platform.openai.com/docs/api-reference/chat/create)
/// answered by a deterministic stand-in, not a language model: with <c>response_format</c>
/// <c>json_schema</c> it returns a JSON object conforming to the schema, its strings made of the
/// first user message's words (see <see cref="PromptCues"/> for the test cues); otherwise a
/// sentence of those words. It always names itself as model <see cref="Model"/>, so no client can
/// mistake its answers for a real model's. <c>usage</c> counts tokens as characters / 4.
/// </summary>
public static class ChatCompletionsApi
{
    public const string Model = "adflux-sandbox";

    public static IEndpointRouteBuilder MapOpenAiApis(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/chat/completions", CompleteAsync);
        return app;
    }

    public static async Task<IResult> CompleteAsync(HttpRequest request)
    {
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal) || request.Headers.Authorization.ToString().Length <= "Bearer ".Length)
        {
            return Error(StatusCodes.Status401Unauthorized, "You didn't provide an API key.", "invalid_request_error", "invalid_api_key");
        }
        JsonObject body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return Error(StatusCodes.Status400BadRequest, "We could not parse the JSON body of your request.", "invalid_request_error", null);
        }
        if (body["messages"] is not JsonArray { Count: > 0 } messages)
        {
            return Error(StatusCodes.Status400BadRequest, "'messages' must be a non-empty array.", "invalid_request_error", null);
        }
        if (body["stream"]?.GetValue<bool>() == true)
        {
            return Error(StatusCodes.Status400BadRequest, "The sandbox does not stream; send stream: false.", "invalid_request_error", null);
        }
        var texts = messages.Select(m => (Role: m?["role"]?.GetValue<string>(), Text: TextOf(m?["content"]))).ToList();
        var firstUser = texts.FirstOrDefault(m => m.Role == "user").Text ?? "";
        var cues = PromptCues.From(firstUser, isRetry: texts.Any(m => m.Role == "assistant"));
        var content = cues.InvalidJson ? """{"summary": "cut off""" : Answer(body["response_format"] as JsonObject, cues, firstUser);
        var promptTokens = Tokens(texts.Sum(m => m.Text?.Length ?? 0));
        var completionTokens = Tokens(content.Length);
        return TypedResults.Json(new
        {
            id = "chatcmpl-sandbox-" + Stable.Token("", body.ToJsonString())[..24],
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model = Model,
            system_fingerprint = Model,
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content, refusal = (string?)null }, logprobs = (object?)null, finish_reason = "stop" },
            },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        });
    }

    private static string Answer(JsonObject? format, PromptCues cues, string seed)
    {
        switch (format?["type"]?.GetValue<string>())
        {
            case "json_schema":
                var schema = format["json_schema"]?["schema"] ?? new JsonObject { ["type"] = "object" };
                return new SchemaFiller(schema, cues, seed).Fill()?.ToJsonString() ?? "null";
            case "json_object":
                return new SchemaFiller(new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "string" } } }, cues, seed).Fill()!.ToJsonString();
            default:
                return new SchemaFiller(new JsonObject { ["type"] = "string", ["maxLength"] = 200 }, cues, seed).Fill()!.GetValue<string>();
        }
    }

    // Content is a string or an array of parts ({"type":"text","text":...}).
    private static string? TextOf(JsonNode? content) => content switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonArray parts => string.Join('\n', parts.Select(p => p?["text"]?.GetValue<string>()).Where(t => t is not null)),
        _ => null,
    };

    private static int Tokens(int characters) => (int)Math.Ceiling(characters / 4.0);

    private static IResult Error(int status, string message, string type, string? code) =>
        TypedResults.Json(new { error = new { message, type, param = (string?)null, code } }, statusCode: status);
}
