namespace AdFlux.Web.Gateway;

/// <summary>Identity's answer to login and refresh.</summary>
public sealed record TokenPair(
    string AccessToken,
    string TokenType,
    int ExpiresIn,
    DateTimeOffset ExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt);
