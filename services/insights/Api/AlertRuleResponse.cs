using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

public sealed record AlertRuleResponse(
    Guid Id, Guid ClientProfileId, string Name, string Platform, string Metric, string Direction, double Threshold, bool Enabled,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AlertRuleResponse From(AlertRule r) =>
        new(r.Id, r.ClientProfileId, r.Name, r.Platform, r.Metric, r.Direction, r.Threshold, r.Enabled, r.CreatedAt, r.UpdatedAt);
}
