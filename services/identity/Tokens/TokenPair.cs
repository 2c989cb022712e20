namespace AdFlux.Identity.Tokens;

/// <summary>What login and refresh answer.</summary>
public sealed record TokenPair(string AccessToken, string TokenType, int ExpiresIn, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);
