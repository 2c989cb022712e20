using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>Campaign reports from the synced daily figures.</summary>
public static class ReportsApi
{
    public const int MaxDays = 366;

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/ads/campaigns").WithTags("Reports").RequireAuthorization()
            .MapGet("/{id:guid}/report", ReportAsync)
            .WithName("CampaignReport").WithSummary("Spend, impressions, reach, clicks and conversions with CTR, CPC, CPM, CPA, ROAS and frequency, by day or week");
        return app;
    }

    public static async Task<Results<Ok<CampaignReport>, NotFound, ValidationProblem>> ReportAsync(
        Guid id, DateOnly? from, DateOnly? to, string? granularity, [AsParameters] AdsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var last = to ?? DateOnly.FromDateTime(request.Clock.GetUtcNow().UtcDateTime);
        var first = from ?? last.AddDays(-29);
        if (first > last)
        {
            errors["from"] = ["from must not be after to."];
        }
        else if (last.DayNumber - first.DayNumber >= MaxDays)
        {
            errors["to"] = [$"A report spans at most {MaxDays} days."];
        }
        var size = granularity ?? "day";
        if (size is not ("day" or "week"))
        {
            errors["granularity"] = ["granularity must be day or week."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var campaign = await request.Db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, request.CancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        var days = await request.Db.DailyMetrics.AsNoTracking()
            .Where(m => m.CampaignId == id && m.Date >= first && m.Date <= last).OrderBy(m => m.Date).ToListAsync(request.CancellationToken);
        var buckets = days.GroupBy(d => size == "day" ? d.Date : d.Date.AddDays(-(((int)d.Date.DayOfWeek + 6) % 7)))
            .Select(g => new ReportBucket(g.Key, ReportKpis.Of(g.ToList())))
            .ToList();
        return TypedResults.Ok(new CampaignReport(campaign.Id, campaign.Platform, campaign.Currency, first, last, size, ReportKpis.Of(days), buckets));
    }
}
