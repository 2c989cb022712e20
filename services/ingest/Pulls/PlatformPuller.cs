using System.Security.Cryptography;
using AdFlux.Contracts.Ingest;
using AdFlux.Ingest.Data;
using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Platforms;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.ServiceDefaults.Usage;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Pulls;

/// <summary>
/// Pulls a YouTube or Spotify source and emits <see cref="PlatformMetricsReceived"/> through the outbox per
/// entity and day, only for figures that are new or changed since the last pull (kept in
/// <c>pulled_figures</c>, in the same transaction): an unchanged figure emits nothing, a changed one is a
/// restatement that replaces the earlier value downstream. A refused credential marks the source (reported
/// once); any other failure is returned with the wait the platform asked for, for the schedule's backoff.
/// </summary>
public sealed class PlatformPuller(IngestDbContext db, PlatformReader reader, TimeProvider clock, ILogger<PlatformPuller> logger)
{
    public async Task<PullResult> PullAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        var source = await db.PlatformSources.AsNoTracking().SingleAsync(s => s.Id == sourceId, cancellationToken);
        var now = clock.GetUtcNow();
        IReadOnlyList<FigureReading> readings;
        try
        {
            readings = await reader.ReadAsync(source, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        }
        catch (PlatformCredentialException ex)
        {
            await RecordAsync(sourceId, PullOutcomes.CredentialRefused, ex.Message, cancellationToken);
            return new PullResult(PullOutcomes.CredentialRefused, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // 5xx and 429 after the pipeline's retries, timeouts, an open circuit, an unreadable answer or stored credential,
            // or the tenant's exhausted usage budget (tried again after PullWorker.UsageBudgetRetry).
            logger.LogWarning("Pulling {Platform} source {SourceId} failed: {Error}", source.Platform, sourceId, ex.Message);
            await RecordAsync(sourceId, PullOutcomes.Failed, ex.Message, cancellationToken);
            return new PullResult(PullOutcomes.Failed, ex.Message, (ex as PlatformException)?.RetryAfter ?? (ex is UsageBudgetExhaustedException ? PullWorker.UsageBudgetRetry : null));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(sourceId)})", cancellationToken);
        var days = readings.Select(r => r.Day).Distinct().ToList();
        var known = await db.PulledFigures.Where(f => f.SourceId == sourceId && days.Contains(f.Day))
            .ToDictionaryAsync(f => (f.EntityType, f.EntityId, f.Metric, f.Day), cancellationToken);
        var changed = new List<(FigureReading Reading, bool Restated)>();
        foreach (var reading in readings.DistinctBy(r => (r.EntityType, r.EntityId, r.Metric, r.Day)))
        {
            if (!known.TryGetValue((reading.EntityType, reading.EntityId, reading.Metric, reading.Day), out var figure))
            {
                db.PulledFigures.Add(new PulledFigure
                {
                    TenantId = source.TenantId, SourceId = sourceId, EntityType = reading.EntityType, EntityId = reading.EntityId,
                    Metric = reading.Metric, Day = reading.Day, Value = reading.Value, PulledAt = now,
                });
                changed.Add((reading, false));
            }
            else if (figure.Value != reading.Value)
            {
                figure.Value = reading.Value;
                figure.PulledAt = now;
                changed.Add((reading, true));
            }
        }
        foreach (var group in changed.GroupBy(c => (c.Reading.EntityType, c.Reading.EntityId, c.Reading.Day, c.Restated)))
        {
            var start = new DateTimeOffset(group.Key.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            db.AddEvent(new PlatformMetricsReceived(
                Guid.CreateVersion7(now), source.TenantId, now, source.ClientProfileId, source.Platform, group.Key.EntityType, group.Key.EntityId,
                group.ToDictionary(c => c.Reading.Metric, c => c.Reading.Value, StringComparer.Ordinal), start, start.AddDays(1),
                IsRestatement: group.Key.Restated), clock);
        }
        var tracked = await db.PlatformSources.SingleAsync(s => s.Id == sourceId, cancellationToken);
        (tracked.LastPullAt, tracked.LastOutcome, tracked.LastError) = (now, PullOutcomes.Succeeded, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Pulled {Platform} source {SourceId}: {Readings} figures read, {New} new, {Restated} restated",
            source.Platform, sourceId, readings.Count, changed.Count(c => !c.Restated), changed.Count(c => c.Restated));
        return new PullResult(PullOutcomes.Succeeded);
    }

    private async Task RecordAsync(Guid sourceId, string outcome, string error, CancellationToken cancellationToken)
    {
        var source = await db.PlatformSources.SingleAsync(s => s.Id == sourceId, cancellationToken);
        var message = error.Length > 2000 ? error[..2000] : error;
        (source.LastPullAt, source.LastOutcome, source.LastError) = (clock.GetUtcNow(), outcome, message);
        if (outcome == PullOutcomes.CredentialRefused && source.CredentialRefusedAt is null)
        {
            // Reported once: the schedule waits for a new credential, so this does not repeat.
            logger.LogWarning("The {Platform} credential of source {SourceId} was refused and needs replacing: {Error}", source.Platform, sourceId, message);
            (source.CredentialRefusedAt, source.CredentialError) = (clock.GetUtcNow(), message);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static long LockKey(Guid sourceId) => BitConverter.ToInt64(SHA256.HashData(sourceId.ToByteArray()), 0);
}
