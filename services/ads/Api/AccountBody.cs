namespace AdFlux.Ads.Api;

/// <summary>
/// A client profile's ad account on one platform and its credentials. Meta: <c>accountId</c>
/// (with or without <c>act_</c>), <c>pageId</c>, <c>accessToken</c>. Google: <c>accountId</c> (the
/// customer id, dashes allowed), optional <c>loginCustomerId</c>, <c>refreshToken</c>,
/// <c>clientId</c>, <c>clientSecret</c>, <c>developerToken</c>. Secrets are stored encrypted and never returned.
/// </summary>
public sealed record AccountBody(
    Guid? ClientProfileId,
    string? Platform,
    string? AccountId,
    string? PageId,
    string? LoginCustomerId,
    string? AccessToken,
    string? RefreshToken,
    string? ClientId,
    string? ClientSecret,
    string? DeveloperToken);
