using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Candidates;

/// <summary>A job candidate of one client profile, imported by CSV, the input of segmentation.</summary>
public sealed class Candidate : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    /// <summary>The job the candidate applied to, when imported for one.</summary>
    public Guid? JobAdId { get; set; }

    /// <summary>The 1-based data row of the CSV it came from (the header is row 0), for tracing a candidate back to its file.</summary>
    public int SourceRow { get; set; }

    public List<string> Skills { get; set; } = [];

    public double YearsOfExperience { get; set; }

    public required string Location { get; set; }

    /// <summary>One of <see cref="EducationLevels.All"/>.</summary>
    public required string EducationLevel { get; set; }

    /// <summary>Gross yearly salary the candidate asks for, in whole units of the client's currency.</summary>
    public long DesiredSalary { get; set; }

    /// <summary>One of <see cref="Availabilities.All"/>.</summary>
    public required string Availability { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
