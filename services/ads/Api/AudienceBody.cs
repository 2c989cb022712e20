namespace AdFlux.Ads.Api;

/// <summary>
/// How to read the members' phones: the country calling code (digits, e.g. "34") that a number
/// written nationally gets in front, as Meta's hashing rules require a country code.
/// </summary>
public sealed record AudienceBody(string? PhoneCountryCode);
