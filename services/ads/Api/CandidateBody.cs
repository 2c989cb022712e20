namespace AdFlux.Ads.Api;

/// <summary>One candidate of a JSON import: the CSV's columns as fields (skills as a list), checked by the same rules.</summary>
public sealed record CandidateBody(
    IReadOnlyList<string>? Skills, double? YearsOfExperience, string? Location, string? EducationLevel,
    long? DesiredSalary, string? Availability, string? Email, string? Phone);
