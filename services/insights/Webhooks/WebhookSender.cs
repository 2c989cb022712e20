using System.Diagnostics;
using System.Globalization;
using System.Text;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Webhooks;

/// <summary>
/// Sends one attempt of a delivery, signed in the Standard Webhooks style: <c>webhook-id</c> (the
/// delivery's, the same on every attempt), <c>webhook-timestamp</c> (this attempt, unix seconds)
/// and <c>webhook-signature</c> (<see cref="WebhookSignature"/>). Any 2xx is a success; anything
/// else, a redirect included, is a failure to retry.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string UserAgent = "AdFlux-Webhooks/1.0";

    public async Task<WebhookSendResult> SendAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var webhookId = WebhookDelivery.WebhookId(delivery.Id);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(endpoint.Secret, webhookId, timestamp, delivery.Payload));
        request.Headers.UserAgent.ParseAdd(UserAgent);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(WebhookOptions.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            var succeeded = status is >= 200 and < 300;
            return new WebhookSendResult(succeeded, status, succeeded ? null : $"The endpoint answered {status} {response.ReasonPhrase}.", Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException ex)
        {
            var refused = ex.InnerException as WebhookTargetRefusedException ?? ex.InnerException?.InnerException as WebhookTargetRefusedException;
            return new WebhookSendResult(false, null, refused?.Message ?? $"No answer: {ex.Message}", Stopwatch.GetElapsedTime(started));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookSendResult(false, null, "No answer within the timeout.", Stopwatch.GetElapsedTime(started));
        }
    }
}
