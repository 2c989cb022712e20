namespace AdFlux.Ads.Api;

/// <summary>A job: salary range as gross yearly minor units of an ISO 4217 currency; employment type one of full_time, part_time, contract, temporary, internship.</summary>
public sealed record JobBody(
    Guid? ClientProfileId,
    string? Title,
    string? Description,
    string? Location,
    long? SalaryMinMinor,
    long? SalaryMaxMinor,
    string? Currency,
    IReadOnlyList<string>? Requirements,
    string? EmploymentType);
