using System.Security.Cryptography;
using System.Text;

namespace AdFlux.Insights.Webhooks;

/// <summary>
/// The <c>webhook-signature</c> header of Standard Webhooks: <c>v1,</c> and the base64
/// HMAC-SHA256 of <c>{webhook-id}.{webhook-timestamp}.{body}</c> under the secret's key
/// (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#signature-scheme).
/// </summary>
public static class WebhookSignature
{
    public static string Sign(string secret, string webhookId, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(WebhookSecret.KeyOf(secret), signed));
    }
}
