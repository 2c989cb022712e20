using AdFlux.Ingest.Webhooks;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Api;

/// <summary>Operational view of the tenant's inbound sources (admins only).</summary>
public static class SourcesApi
{
    private static readonly string[] FixedSources =
        [WebhookSources.YouTube, WebhookSources.Spotify, WebhookSources.LandingPage, WebhookSources.Meta];

    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/ingest/sources").WithTags("Sources").RequireAuthorization(Policies.Admin)
            .MapGet("", ListAsync)
            .WithName("ListIngestSources").WithSummary("Per source: last delivery, deliveries per hour, rejections by reason, last pull and its outcome");
        return app;
    }

    public static async Task<Ok<List<SourceStatus>>> ListAsync([AsParameters] IngestRequest request)
    {
        var now = request.Clock.GetUtcNow();
        var hourAgo = now.AddHours(-1);
        var dayAgo = now.AddHours(-24);
        var deliveries = await request.Db.Deliveries
            .GroupBy(d => d.Source)
            .Select(g => new
            {
                Source = g.Key,
                Last = g.Max(d => d.ReceivedAt),
                LastHour = g.Count(d => d.ReceivedAt >= hourAgo),
                LastDay = g.Count(d => d.ReceivedAt >= dayAgo),
            })
            .ToListAsync(request.CancellationToken);
        var dayAgoHour = Hours.Floor(dayAgo);
        var rejections = await request.Db.Rejections
            .Where(r => r.Hour >= dayAgoHour)
            .GroupBy(r => new { r.Source, r.Reason })
            .Select(g => new { g.Key.Source, g.Key.Reason, Count = g.Sum(r => r.Count), Last = g.Max(r => r.LastAt) })
            .ToListAsync(request.CancellationToken);

        var sources = FixedSources.Concat(deliveries.Select(d => d.Source)).Concat(rejections.Select(r => r.Source))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var statuses = sources.Select(source =>
        {
            var delivered = deliveries.SingleOrDefault(d => d.Source == source);
            var refused = rejections.Where(r => r.Source == source).ToList();
            return new SourceStatus(
                source,
                delivered?.Last,
                delivered?.LastHour ?? 0,
                delivered?.LastDay ?? 0,
                Math.Round((delivered?.LastDay ?? 0) / 24.0, 2),
                refused.ToDictionary(r => r.Reason, r => r.Count, StringComparer.Ordinal),
                refused.Count == 0 ? null : refused.Max(r => r.Last));
        }).ToList();
        var nextPulls = await request.Db.PullSchedules.AsNoTracking()
            .Select(p => new { p.SourceId, p.NextRunAt })
            .ToDictionaryAsync(p => p.SourceId, p => p.NextRunAt, request.CancellationToken);
        var sheets = await request.Db.SheetsSources.AsNoTracking()
            .Select(p => new { p.Id, p.SpreadsheetId, p.LastPullAt, p.LastOutcome, p.LastError, p.CredentialRefusedAt, p.CredentialError })
            .ToListAsync(request.CancellationToken);
        statuses.AddRange(sheets.OrderBy(p => p.SpreadsheetId, StringComparer.Ordinal).Select(p => Pulled(
            $"google-sheets/{p.SpreadsheetId}", p.Id, p.LastPullAt, p.LastOutcome, p.LastError, nextPulls.GetValueOrDefault(p.Id), p.CredentialRefusedAt, p.CredentialError)));
        var platforms = await request.Db.PlatformSources.AsNoTracking().OrderBy(p => p.CreatedAt).ToListAsync(request.CancellationToken);
        statuses.AddRange(platforms.Select(p => Pulled(
            $"{p.Platform}-api/{string.Join(',', p.EntityIds)}", p.Id, p.LastPullAt, p.LastOutcome, p.LastError, nextPulls.GetValueOrDefault(p.Id), p.CredentialRefusedAt, p.CredentialError)));
        return TypedResults.Ok(statuses);
    }

    private static SourceStatus Pulled(
        string source, Guid id, DateTimeOffset? lastPullAt, string? outcome, string? error, DateTimeOffset? nextPullAt, DateTimeOffset? refusedAt, string? credentialError) =>
        new(source, null, 0, 0, 0, new Dictionary<string, long>(), null, lastPullAt, outcome, id, error, nextPullAt,
            refusedAt is null ? PlatformSourceResponse.CredentialOk : PlatformSourceResponse.CredentialNeedsAttention, credentialError);
}
