using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AdFlux.Ingest.Webhooks;

/// <summary>
/// AdFlux webhook signatures: <c>X-AdFlux-Timestamp: &lt;unix seconds&gt;</c> and
/// <c>X-AdFlux-Signature: sha256=&lt;hex HMAC-SHA256(secret, timestamp + "." + raw body)&gt;</c>.
/// Signing the timestamp with the body lets a replay window be enforced (the Stripe/Slack scheme).
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-AdFlux-Timestamp";
    public const string SignatureHeader = "X-AdFlux-Signature";
    public const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Prefix + Convert.ToHexStringLower(hmac.ComputeHash(SignedBytes(timestamp, body)));
    }

    public static bool Matches(string secret, long timestamp, ReadOnlySpan<byte> body, string signature)
    {
        if (!signature.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(SignedBytes(timestamp, body)), given);
    }

    public static bool TryParseTimestamp(string? value, out long timestamp) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp);

    private static byte[] SignedBytes(long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var bytes = new byte[prefix.Length + body.Length];
        prefix.CopyTo(bytes, 0);
        body.CopyTo(bytes.AsSpan(prefix.Length));
        return bytes;
    }
}
