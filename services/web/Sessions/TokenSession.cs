using AdFlux.Web.Gateway;

namespace AdFlux.Web.Sessions;

/// <summary>A signed-in user's tokens, kept in this process only; the browser holds just the session's id inside the encrypted cookie.</summary>
public sealed class TokenSession(string id, TokenPair tokens)
{
    public string Id { get; } = id;

    public TokenPair Tokens { get; private set; } = tokens;

    /// <summary>One refresh at a time: identity revokes the whole family when a spent refresh token is used again.</summary>
    public SemaphoreSlim RefreshGate { get; } = new(1, 1);

    public void Replace(TokenPair tokens) => Tokens = tokens;
}
