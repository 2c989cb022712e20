using AdFlux.Insights.Data.Configurations;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>The checks of a threshold rule, named by field, and how a valid request sets a rule.</summary>
public static class AlertRuleValidation
{
    public static Dictionary<string, string[]> Validate(AlertRuleRequest body, bool requireClientProfile)
    {
        var errors = new Dictionary<string, string[]>();
        if (requireClientProfile && body.ClientProfileId is null)
        {
            errors["clientProfileId"] = ["clientProfileId is required: a rule watches one client profile."];
        }
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Trim().Length > CommentColumns.KeyLength)
        {
            errors["name"] = [$"name is required, at most {CommentColumns.KeyLength} characters."];
        }
        if (string.IsNullOrWhiteSpace(body.Platform) || body.Platform.Trim().Length > MetricColumns.NameLength)
        {
            errors["platform"] = [$"platform is required (e.g. youtube, spotify, meta-ads), at most {MetricColumns.NameLength} characters."];
        }
        if (string.IsNullOrWhiteSpace(body.Metric) || body.Metric.Trim().Length > MetricColumns.NameLength)
        {
            errors["metric"] = [$"metric is required (e.g. views, streams, spend), at most {MetricColumns.NameLength} characters."];
        }
        if (body.Direction?.Trim().ToLowerInvariant() is not { } direction || !AlertRule.Directions.Contains(direction))
        {
            errors["direction"] = [$"direction must be one of {string.Join(", ", AlertRule.Directions)}."];
        }
        if (body.Threshold is not { } threshold || !double.IsFinite(threshold))
        {
            errors["threshold"] = ["threshold is required and must be a finite number."];
        }
        return errors;
    }

    public static void Apply(AlertRuleRequest body, AlertRule rule, DateTimeOffset now)
    {
        rule.Name = body.Name!.Trim();
        rule.Platform = SeriesKey.NormalisePlatform(body.Platform!);
        rule.Metric = body.Metric!.Trim();
        rule.Direction = body.Direction!.Trim().ToLowerInvariant();
        rule.Threshold = body.Threshold!.Value;
        rule.Enabled = body.Enabled ?? true;
        rule.UpdatedAt = now;
    }
}
