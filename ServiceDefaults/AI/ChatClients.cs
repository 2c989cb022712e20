using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace AdFlux.ServiceDefaults.AI;

/// <summary>
/// The <see cref="IChatClient"/> of a configuration section registered with
/// <see cref="ChatExtensions.AddChatProvider"/>: OpenAI's client library over the configured
/// endpoint, or over the sandbox's when none is configured, sending through the HTTP client named
/// like the section (its resilience handler retries, so the library's own retries are off).
/// </summary>
public sealed class ChatClients(IHttpClientFactory httpClients, IOptionsMonitor<ChatProviderOptions> options)
{
    public ChatProviderOptions OptionsOf(string section) => options.Get(section);

    public (IChatClient Client, ChatProvider Provider) Create(string section)
    {
        var settings = options.Get(section);
        string endpoint, key, model;
        ChatProvider provider;
        if (!string.IsNullOrWhiteSpace(settings.Endpoint))
        {
            endpoint = settings.Endpoint;
            key = Required(settings.ApiKey, section, nameof(ChatProviderOptions.ApiKey));
            model = Required(settings.Model, section, nameof(ChatProviderOptions.Model));
            provider = new ChatProvider(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri.Host : endpoint, model, IsSandbox: false);
        }
        else if (!string.IsNullOrWhiteSpace(settings.SandboxEndpoint))
        {
            endpoint = settings.SandboxEndpoint;
            key = "sandbox";
            model = ChatProvider.SandboxModel;
            provider = new ChatProvider(ChatProvider.Sandbox, model, IsSandbox: true);
        }
        else
        {
            throw new ChatProviderException(
                $"No chat model is configured: set {section}:Endpoint, :ApiKey and :Model, or {section}:SandboxEndpoint to the platform sandbox's /v1.",
                notConfigured: true);
        }
        var client = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(endpoint),
            Transport = new HttpClientPipelineTransport(httpClients.CreateClient(section)),
            RetryPolicy = new ClientRetryPolicy(0),
        });
        return (client.AsIChatClient(), provider);
    }

    private static string Required(string? value, string section, string name) => string.IsNullOrWhiteSpace(value)
        ? throw new ChatProviderException($"{section}:Endpoint is set but {section}:{name} is not.", notConfigured: true)
        : value;
}
