using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Access tokens whose signature has been checked, so a client's next requests with the same
/// token skip the RSA verification (most of the cost of authenticating). An entry only
/// vouches for the signature: lifetime is checked again on every use, and the entry is
/// dropped once the key that verified it is no longer among the trusted keys.
/// </summary>
internal sealed class ValidatedTokenCache
{
    /// <summary>Past this many distinct live tokens the cache starts over; one entry is a few KiB.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, ValidatedToken> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, string authenticationType, out ValidatedToken entry) =>
        _entries.TryGetValue(token, out entry!) && entry.AuthenticationType == authenticationType;

    public void Add(string token, ValidatedToken entry)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
        _entries[token] = entry;
    }

    public void Remove(string token) => _entries.TryRemove(token, out _);
}

/// <param name="Identity">Cloned for each request: callers may add claims to theirs.</param>
internal sealed record ValidatedToken(
    ClaimsIdentity Identity,
    string AuthenticationType,
    string? KeyId,
    SecurityKey SigningKey,
    DateTime? NotBefore,
    DateTime Expires);
