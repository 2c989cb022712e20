namespace AdFlux.Ads.Candidates;

/// <summary>One valid CSV data row (1-based <see cref="Row"/>), ready to store.</summary>
public sealed record CandidateRow(
    int Row, IReadOnlyList<string> Skills, double YearsOfExperience, string Location, string EducationLevel,
    long DesiredSalary, string Availability, string? Email, string? Phone);
