using System.Collections.Concurrent;
using System.Security.Cryptography;
using AdFlux.Web.Gateway;

namespace AdFlux.Web.Sessions;

/// <summary>
/// The server side of the backend-for-frontend session: tokens by session id. In memory, so a restart
/// signs everybody out (their cookies then name no session and are rejected).
/// </summary>
public sealed class SessionStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, TokenSession> _sessions = new(StringComparer.Ordinal);

    public TokenSession Create(TokenPair tokens)
    {
        var now = clock.GetUtcNow();
        foreach (var stale in _sessions.Values.Where(session => session.Tokens.RefreshTokenExpiresAt <= now))
        {
            _sessions.TryRemove(stale.Id, out _);
        }
        var session = new TokenSession(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), tokens);
        _sessions[session.Id] = session;
        return session;
    }

    public TokenSession? Find(string? id) =>
        id is not null && _sessions.TryGetValue(id, out var session) && session.Tokens.RefreshTokenExpiresAt > clock.GetUtcNow() ? session : null;

    public void Remove(string id) => _sessions.TryRemove(id, out _);
}
