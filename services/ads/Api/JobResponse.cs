using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Api;

public sealed record JobResponse(
    Guid Id, Guid ClientProfileId, string Title, string Description, string Location, long SalaryMinMinor, long SalaryMaxMinor, string Currency,
    IReadOnlyList<string> Requirements, string EmploymentType, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static JobResponse From(JobAd j) => new(j.Id, j.ClientProfileId, j.Title, j.Description, j.Location, j.SalaryMinMinor, j.SalaryMaxMinor,
        j.Currency, j.Requirements, j.EmploymentType, j.CreatedAt, j.UpdatedAt);
}
