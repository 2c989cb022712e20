using AdFlux.Ads.Candidates;

namespace AdFlux.Ads.Api;

/// <summary>A stored candidate. Email and phone are not returned: they only leave AdFlux hashed, in audiences.</summary>
public sealed record CandidateResponse(
    Guid Id, Guid ClientProfileId, int SourceRow, IReadOnlyList<string> Skills, double YearsOfExperience, string Location,
    string EducationLevel, long DesiredSalary, string Availability, bool HasEmail, bool HasPhone, DateTimeOffset ImportedAt, Guid? JobAdId)
{
    public static CandidateResponse From(Candidate c) => new(c.Id, c.ClientProfileId, c.SourceRow, c.Skills, c.YearsOfExperience, c.Location,
        c.EducationLevel, c.DesiredSalary, c.Availability, c.Email is not null, c.Phone is not null, c.ImportedAt, c.JobAdId);
}
