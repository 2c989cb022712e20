using AdFlux.Ingest.Data;
using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Sheets;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Pulls;

/// <summary>Runs the pull a schedule names; a source whose credential was refused is not called again until the credential is replaced.</summary>
public sealed class PullRunner(IngestDbContext db, SheetsPuller sheets, PlatformPuller platforms)
{
    public async Task<PullResult> RunAsync(PullSchedule schedule, CancellationToken cancellationToken)
    {
        if (schedule.Source == PullSources.Sheets)
        {
            var source = await db.SheetsSources.AsNoTracking().SingleAsync(s => s.Id == schedule.SourceId, cancellationToken);
            if (source.CredentialRefusedAt is not null)
            {
                return new PullResult(PullOutcomes.CredentialRefused, source.CredentialError);
            }
            var report = await sheets.PullAsync(schedule.SourceId, cancellationToken);
            return new PullResult(report.Outcome, report.Error);
        }
        var platform = await db.PlatformSources.AsNoTracking().SingleAsync(s => s.Id == schedule.SourceId, cancellationToken);
        return platform.CredentialRefusedAt is not null
            ? new PullResult(PullOutcomes.CredentialRefused, platform.CredentialError)
            : await platforms.PullAsync(schedule.SourceId, cancellationToken);
    }
}
