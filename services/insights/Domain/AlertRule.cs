using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// A threshold on one metric of a client profile's platform (table <c>alert_rules</c>): the
/// day's total across the platform's entities (for a level such as followers, the sum of their
/// latest values) above or below <see cref="Threshold"/> raises one alert for that day.
/// </summary>
public sealed class AlertRule : IClientProfileScoped
{
    public const string Above = "above";
    public const string Below = "below";

    public static readonly IReadOnlyList<string> Directions = [Above, Below];

    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public required string Name { get; set; }

    public required string Platform { get; set; }

    public required string Metric { get; set; }

    /// <summary><see cref="Above"/> or <see cref="Below"/>.</summary>
    public required string Direction { get; set; }

    public double Threshold { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
