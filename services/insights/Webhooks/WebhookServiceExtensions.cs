using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Webhooks;

public static class WebhookServiceExtensions
{
    /// <summary>
    /// The webhook sender's client connects only through <see cref="WebhookTargetGuard"/>, without
    /// proxy, redirects or the shared resilience pipeline: each attempt is one request, and the
    /// worker's persisted schedule does the retrying.
    /// </summary>
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        builder.Services.AddSingleton<WebhookTargetGuard>();
        builder.Services.AddSingleton<WebhookSignal>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddScoped<WebhookEnqueuer>();
        builder.Services.AddHostedService<WebhookDeliveryWorker>();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt one client out of the defaults.
        builder.Services.AddHttpClient(WebhookOptions.HttpClientName, (provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .RemoveAllResilienceHandlers()
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                ConnectCallback = provider.GetRequiredService<WebhookTargetGuard>().ConnectAsync,
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
#pragma warning restore EXTEXP0001
        return builder;
    }
}
