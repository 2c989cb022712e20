using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace AdFlux.Ads.Creatives.Copy;

/// <summary>
/// The <see cref="IChatClient"/> for copy: OpenAI's client library over the configured endpoint, or
/// over the sandbox's when none is configured, sending through the named <see cref="HttpClientName"/>
/// client (its resilience handler retries, so the library's own retries are off).
/// </summary>
public sealed class CopyChatClients(IHttpClientFactory httpClients, IOptions<CopyOptions> options)
{
    public const string HttpClientName = "ads-copy";

    public (IChatClient Client, CopyProvider Provider) Create()
    {
        var settings = options.Value;
        string endpoint, key, model;
        CopyProvider provider;
        if (!string.IsNullOrWhiteSpace(settings.Endpoint))
        {
            endpoint = settings.Endpoint;
            key = Required(settings.ApiKey, nameof(CopyOptions.ApiKey));
            model = Required(settings.Model, nameof(CopyOptions.Model));
            provider = new CopyProvider(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri.Host : endpoint, model, IsSandbox: false);
        }
        else if (!string.IsNullOrWhiteSpace(settings.SandboxEndpoint))
        {
            endpoint = settings.SandboxEndpoint;
            key = "sandbox";
            model = CopyProvider.SandboxModel;
            provider = new CopyProvider(CopyProvider.Sandbox, model, IsSandbox: true);
        }
        else
        {
            throw new CopyProviderException(
                $"AI copy has no provider: set {CopyOptions.Section}:Endpoint, :ApiKey and :Model, or {CopyOptions.Section}:SandboxEndpoint to the platform sandbox's /v1.",
                notConfigured: true);
        }
        var client = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(endpoint),
            Transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName)),
            RetryPolicy = new ClientRetryPolicy(0),
        });
        return (client.AsIChatClient(), provider);
    }

    private static string Required(string? value, string name) => string.IsNullOrWhiteSpace(value)
        ? throw new CopyProviderException($"{CopyOptions.Section}:Endpoint is set but {CopyOptions.Section}:{name} is not.", notConfigured: true)
        : value;
}
