using AdFlux.Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Api;

/// <summary>A replaced credential makes its source's enabled schedule due at once (the pull waited for it) and forgets the failures.</summary>
public static class ScheduleResumption
{
    public static async Task ResumeAsync(IngestDbContext db, Guid sourceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var schedule in await db.PullSchedules.Where(s => s.SourceId == sourceId && s.Enabled).ToListAsync(cancellationToken))
        {
            (schedule.NextRunAt, schedule.ConsecutiveFailures, schedule.UpdatedAt) = (now, 0, now);
        }
    }
}
