using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Tests;

/// <summary>Report schedules as a test needs them: due now, in Madrid at 08:00.</summary>
public static class Reports
{
    public static ReportSchedule DueSchedule(Guid tenantId, Guid clientProfileId) => new()
    {
        TenantId = tenantId, ClientProfileId = clientProfileId, TimeZone = "Europe/Madrid", LocalTime = new TimeOnly(8, 0), Enabled = true,
        NextRunAt = DateTimeOffset.UtcNow.AddSeconds(-1), UpdatedAt = DateTimeOffset.UtcNow,
    };
}
