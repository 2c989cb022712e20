namespace AdFlux.Ads.Accounts;

/// <summary>
/// What a platform call needs beyond the account id: Meta's long-lived user or system-user token;
/// Google's OAuth client, the refresh token it issued, and the developer token of the API access.
/// </summary>
public sealed record PlatformCredentials(
    string? AccessToken,
    string? RefreshToken,
    string? ClientId,
    string? ClientSecret,
    string? DeveloperToken);
