namespace AdFlux.Web.Insights;

/// <summary>One alert as insights returns it.</summary>
public sealed record AlertItem(
    Guid Id,
    Guid ClientProfileId,
    string Kind,
    string Severity,
    string Message,
    string? Platform,
    string? Metric,
    DateOnly? Day,
    double? Value,
    double? Expected,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt);
