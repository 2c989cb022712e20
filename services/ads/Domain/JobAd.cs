using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>A job of one client profile, advertised by the campaigns that name it (job ads) and the audience of its candidates.</summary>
public sealed class JobAd : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Location { get; set; }

    /// <summary>Gross yearly salary range in minor units of <see cref="Currency"/>.</summary>
    public long SalaryMinMinor { get; set; }

    public long SalaryMaxMinor { get; set; }

    public required string Currency { get; set; }

    public List<string> Requirements { get; set; } = [];

    /// <summary>One of <see cref="EmploymentTypes.All"/>.</summary>
    public required string EmploymentType { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
