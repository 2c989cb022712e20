using System.Text.Json;
using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Rules;

/// <summary>
/// Ranks a platform's published clips that have figures and, when the proposed rules differ from
/// the platform's latest proposal, records a new one with <see cref="PlatformRulesProposed"/> in the
/// caller's transaction.
/// </summary>
public sealed class RulesProposer(TimeProvider clock)
{
    public async Task<RulesProposal?> ProposeAsync(VideoDbContext db, Guid tenantId, string platform, CancellationToken cancellationToken)
    {
        // One proposal at a time per tenant and platform, so the last figures to commit are always in one.
        var key = $"video-rules:{tenantId}:{platform}";
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
        var measured = await (
            from publication in db.Publications.IgnoreQueryFilters()
            join metric in db.PublicationMetrics.IgnoreQueryFilters() on publication.Id equals metric.PublicationId
            join variant in db.Variants.IgnoreQueryFilters() on publication.VariantId equals variant.Id
            join clip in db.Clips.IgnoreQueryFilters() on variant.ClipId equals clip.Id
            where publication.TenantId == tenantId && publication.Platform == platform
            select new { publication.Id, publication.PublishedAt, metric.Views, metric.ObservedAt, clip.TargetSeconds, clip.StartType, clip.VisualScore })
            .ToListAsync(cancellationToken);
        var ranking = RuleRanker.Rank(measured
            .OrderBy(m => m.Id)
            .Select(m => new ClipPerformance(m.Id, m.TargetSeconds, m.StartType, m.VisualScore, PerformanceMeasure.ViewsPerHour(m.Views, m.PublishedAt, m.ObservedAt)))
            .ToList());
        if (ranking is null)
        {
            return null;
        }
        var rules = JsonSerializer.Serialize(new SortedDictionary<string, string>(ranking.Rules.ToDictionary(), StringComparer.Ordinal));
        var latest = await db.RulesProposals.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.Platform == platform)
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (latest?.RulesJson == rules)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var reason = ranking.Reason.Length > 2000 ? ranking.Reason[..2000] : ranking.Reason;
        var proposal = new RulesProposal
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Platform = platform,
            RulesJson = rules,
            RankingsJson = JsonSerializer.Serialize(ranking.Rankings, JsonSerializerOptions.Web),
            Reason = reason,
            SampleSize = ranking.SampleSize,
            CreatedAt = now,
        };
        db.RulesProposals.Add(proposal);
        db.AddEvent(new PlatformRulesProposed(Guid.NewGuid(), tenantId, now, platform, ranking.Rules, reason), clock);
        return proposal;
    }
}
