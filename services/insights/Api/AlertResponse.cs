using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

public sealed record AlertResponse(
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
    Guid? SourceId,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy)
{
    public static AlertResponse From(Alert a) => new(
        a.Id, a.ClientProfileId, a.Kind, a.Severity, a.Message, a.Platform, a.Metric, a.Day, a.Value, a.Expected, a.SourceId, a.RaisedAt,
        a.AcknowledgedAt, a.AcknowledgedBy);
}
