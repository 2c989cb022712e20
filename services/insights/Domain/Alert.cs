using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// Something a person should look at (table <c>alerts</c>): a rule's threshold crossed, a day
/// unlike the same weekday of past weeks, a campaign's budget threshold or unusual day (ads) or a notice that
/// the account's reach is limited (ml-detection). <see cref="DedupeKey"/> makes each raised once.
/// </summary>
public sealed class Alert : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>The client profile, or <see cref="SeriesKey.NoClientProfile"/> for an account-wide notice.</summary>
    public Guid ClientProfileId { get; set; }

    /// <summary>One of <see cref="AlertKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="AlertSeverities"/>.</summary>
    public required string Severity { get; set; }

    public required string Message { get; set; }

    /// <summary>What makes it the same alert when its cause is seen again, e.g. <c>threshold:{rule}:{day}</c>.</summary>
    public required string DedupeKey { get; set; }

    public string? Platform { get; set; }

    public string? Metric { get; set; }

    /// <summary>The day (UTC) the figures are of, for threshold and anomaly alerts.</summary>
    public DateOnly? Day { get; set; }

    public double? Value { get; set; }

    /// <summary>The rule's threshold, or the mean of the same weekdays an anomaly was measured against.</summary>
    public double? Expected { get; set; }

    /// <summary>The rule, campaign or detection that raised it.</summary>
    public Guid? SourceId { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }
}
