using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AdFlux.PlatformSandbox.Emit;

/// <summary>AdFlux's webhook signature as a sender computes it: <c>sha256=</c> hex HMAC-SHA256 of <c>timestamp + "." + body</c>.</summary>
public static class WebhookSigner
{
    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body)));
}
