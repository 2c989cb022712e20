namespace AdFlux.Identity.Domain;

/// <summary>
/// An RS256 key pair identity signs access tokens with. The newest unretired key signs; a
/// retired key stays published in the JWKS until the last token it signed has expired.
/// </summary>
public sealed class SigningKey
{
    public required string Id { get; init; }

    public required string Algorithm { get; init; }

    /// <summary>PKCS#8 sealed with the envelope key (<see cref="EnvelopeKeyId"/>); plaintext only in rows older than encryption.</summary>
    public required byte[] PrivateKey { get; set; }

    /// <summary>Fingerprint of the envelope key that sealed <see cref="PrivateKey"/>; null for a legacy plaintext row.</summary>
    public string? EnvelopeKeyId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RetiredAt { get; set; }
}
