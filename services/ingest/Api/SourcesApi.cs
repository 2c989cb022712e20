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
        var pulled = await request.Db.SheetsSources.AsNoTracking()
            .Select(p => new { p.SpreadsheetId, p.LastPullAt, p.LastOutcome })
            .ToListAsync(request.CancellationToken);
        statuses.AddRange(pulled.OrderBy(p => p.SpreadsheetId, StringComparer.Ordinal).Select(p => new SourceStatus(
            $"google-sheets/{p.SpreadsheetId}", null, 0, 0, 0, new Dictionary<string, long>(), null, p.LastPullAt, p.LastOutcome)));
        return TypedResults.Ok(statuses);
    }
}
