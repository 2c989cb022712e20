using System.Text.Json;
using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.ServiceDefaults.AI;

/// <summary>
/// Tokens and cost of one chat-completions answer, read from its <c>usage</c> and <c>model</c>
/// (https://platform.openai.com/docs/api-reference/chat/object) and priced with the section's one
/// price table (<see cref="ChatUsage.Of"/>). A streamed answer has no body to read here and reports none.
/// </summary>
public static class ChatCallUsage
{
    /// <summary>The provider name a section's calls are recorded under: the endpoint's host, or <c>sandbox</c>.</summary>
    public static ChatProvider ProviderOf(ChatProviderOptions settings) =>
        !string.IsNullOrWhiteSpace(settings.Endpoint)
            ? new ChatProvider(Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var uri) ? uri.Host : settings.Endpoint, settings.Model ?? "", IsSandbox: false)
            : new ChatProvider(ChatProvider.Sandbox, ChatProvider.SandboxModel, IsSandbox: true);

    public static async Task<CallUsage?> ReadAsync(HttpResponseMessage response, ChatProvider provider, ChatProviderOptions settings, string section, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }
        // Buffered and copied, never read as a stream here: HttpContent hands out one read stream, which the chat client must get unread.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        if (!json.RootElement.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var input = usage.TryGetProperty("prompt_tokens", out var prompt) && prompt.TryGetInt64(out var p) ? p : 0;
        var output = usage.TryGetProperty("completion_tokens", out var completion) && completion.TryGetInt64(out var c) ? c : 0;
        var model = json.RootElement.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var priced = ChatUsage.Of(provider.AnsweredWith(model), settings, section, input, output);
        return new CallUsage(input, output, priced.Cost, priced.Currency);
    }
}
