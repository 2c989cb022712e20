using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AdFlux.Ads.Accounts;
using Microsoft.AspNetCore.WebUtilities;

namespace AdFlux.Ads.Studio.ExternalLinks;

/// <summary>
/// Signs and reads external-approval tokens: base64url(payload) "." base64url(HMAC-SHA256). The
/// HMAC key is derived (HKDF, RFC 5869) from ads' secrets key (<c>Ads:Secrets:Key</c>) for this one
/// purpose, so no second secret has to be provisioned and a credentials blob key never signs links.
/// </summary>
public sealed class ExternalLinkSigner
{
    private const int PayloadSize = 16 * 3 + 4 + 4 + 8;
    private readonly byte[] _key;

    public ExternalLinkSigner(IConfiguration configuration)
    {
        var configured = configuration[AccountCredentials.KeySetting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"Missing configuration '{AccountCredentials.KeySetting}' (environment variable {AccountCredentials.KeySetting.Replace(":", "__", StringComparison.Ordinal)}): 32 random bytes, base64.");
        }
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(configured), 32, info: Encoding.UTF8.GetBytes("adflux-studio-external-approval-link"));
    }

    public string Sign(LinkClaims claims)
    {
        var payload = new byte[PayloadSize];
        claims.LinkId.TryWriteBytes(payload.AsSpan(0, 16));
        claims.TenantId.TryWriteBytes(payload.AsSpan(16, 16));
        claims.ContentRequestId.TryWriteBytes(payload.AsSpan(32, 16));
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(48, 4), claims.Round);
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(52, 4), claims.Step);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(56, 8), claims.ExpiresAt.ToUnixTimeSeconds());
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The token's claims when its signature is this service's; null for anything else.</summary>
    public LinkClaims? Read(string? token)
    {
        if (token?.Split('.') is not [var body, var signature])
        {
            return null;
        }
        byte[] payload, mac;
        try
        {
            payload = WebEncoders.Base64UrlDecode(body);
            mac = WebEncoders.Base64UrlDecode(signature);
        }
        catch (FormatException)
        {
            return null;
        }
        if (payload.Length != PayloadSize || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), mac))
        {
            return null;
        }
        return new LinkClaims(new Guid(payload.AsSpan(0, 16)), new Guid(payload.AsSpan(16, 16)), new Guid(payload.AsSpan(32, 16)),
            BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(48, 4)), BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(52, 4)),
            DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(56, 8))));
    }
}
