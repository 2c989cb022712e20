namespace AdFlux.Insights.Api;

/// <summary>A threshold rule: the day's total of <c>metric</c> on <c>platform</c> for the client profile, <c>above</c> or <c>below</c> <c>threshold</c>.</summary>
public sealed record AlertRuleRequest(Guid? ClientProfileId, string? Name, string? Platform, string? Metric, string? Direction, double? Threshold, bool? Enabled);
