using AdFlux.Contracts.Ads;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Tests;

/// <summary>Builders of threshold rules and of the events other services raise alerts with.</summary>
public static class Alerts
{
    public static AlertRule Rule(Guid tenantId, Guid clientProfileId, string platform, string metric, string direction, double threshold) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        ClientProfileId = clientProfileId,
        Name = $"{platform} {metric} {direction} {threshold}",
        Platform = platform,
        Metric = metric,
        Direction = direction,
        Threshold = threshold,
        Enabled = true,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    public static BudgetThresholdReached BudgetReached(Guid tenantId, Guid clientProfileId, Guid campaignId, int percent) =>
        new(Guid.CreateVersion7(), tenantId, DateTimeOffset.UtcNow, campaignId, clientProfileId, "meta", "daily",
            new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero), percent, 41_250 * percent / 80, 50_000, 52_000, "USD");
}
