namespace AdFlux.Ads.Api;

/// <summary>
/// An ad set (ad group) and its targeting: ISO 3166-1 alpha-2 countries, an age range, interests, and
/// optionally a candidate segment whose Meta custom audience it targets.
/// </summary>
public sealed record AdSetBody(string? Name, IReadOnlyList<string>? Locations, int? AgeMin, int? AgeMax, IReadOnlyList<string>? Interests,
    Guid? AudienceSegmentId = null);
