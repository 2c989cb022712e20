namespace AdFlux.ServiceDefaults.AI;

/// <summary>
/// A chat model under a service's section (e.g. <c>Insights:Chat</c>): any OpenAI-compatible
/// chat-completions endpoint (OpenAI's <c>https://api.openai.com/v1</c>, Gemini's
/// <c>https://generativelanguage.googleapis.com/v1beta/openai</c>) with its key and model. Without
/// <see cref="Endpoint"/>, <see cref="SandboxEndpoint"/> (the platform sandbox's <c>{sandbox}/v1</c>)
/// answers and every answer says so.
/// </summary>
public sealed class ChatProviderOptions
{
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    public string? SandboxEndpoint { get; set; }

    /// <summary>Price per million tokens by model id, e.g. <c>Insights:Chat:Prices:gpt-4o-mini:InputPerMillionTokens</c>.</summary>
    public Dictionary<string, ModelPrice> Prices { get; set; } = [];
}
