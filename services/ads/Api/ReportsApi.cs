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
        app.MapGroup("/api/ads/accounts").WithTags("Reports").RequireAuthorization()
            .MapGet("/{id:guid}/report", AccountReportAsync)
            .WithName("AccountReport").WithSummary("An ad account's campaigns with their KPIs, totals per currency and the budget thresholds reached");
        return app;
    }

    public static async Task<Results<Ok<AccountReport>, NotFound, ValidationProblem>> AccountReportAsync(
        Guid id, DateOnly? from, DateOnly? to, [AsParameters] AdsRequest request)
    {
        var last = to ?? DateOnly.FromDateTime(request.Clock.GetUtcNow().UtcDateTime);
        var first = from ?? last.AddDays(-29);
        if (Span(first, last) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var account = await request.Db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, request.CancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }
        var campaigns = await request.Db.Campaigns.AsNoTracking()
            .Where(c => c.ClientProfileId == account.ClientProfileId && c.Platform == account.Platform && c.ExternalCampaignId != null)
            .OrderBy(c => c.CreatedAt).ToListAsync(request.CancellationToken);
        var ids = campaigns.Select(c => c.Id).ToList();
        var days = (await request.Db.DailyMetrics.AsNoTracking()
            .Where(m => ids.Contains(m.CampaignId) && m.Date >= first && m.Date <= last).ToListAsync(request.CancellationToken))
            .ToLookup(m => m.CampaignId);
        var alerts = await request.Db.BudgetAlerts.AsNoTracking()
            .Where(a => ids.Contains(a.CampaignId) && a.PeriodStart >= first && a.PeriodStart <= last)
            .OrderBy(a => a.ReachedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(new AccountReport(account.Id, account.Platform, first, last,
            campaigns.GroupBy(c => c.Currency).ToDictionary(g => g.Key, g => ReportKpis.Of(g.SelectMany(c => days[c.Id]).ToList())),
            campaigns.Select(c => new CampaignKpis(c.Id, c.Name, Names.Of(c.Status), c.Currency, ReportKpis.Of(days[c.Id].ToList()))).ToList(),
            alerts.Select(a => new BudgetAlertResponse(a.CampaignId, a.PeriodStart, a.ThresholdPercent, a.SpendMinor, a.ReachedAt)).ToList()));
    }

    private static Dictionary<string, string[]>? Span(DateOnly first, DateOnly last) =>
        first > last ? new() { ["from"] = ["from must not be after to."] }
        : last.DayNumber - first.DayNumber >= MaxDays ? new() { ["to"] = [$"A report spans at most {MaxDays} days."] }
        : null;

    public static async Task<Results<Ok<CampaignReport>, NotFound, ValidationProblem>> ReportAsync(
        Guid id, DateOnly? from, DateOnly? to, string? granularity, [AsParameters] AdsRequest request)
    {
        var last = to ?? DateOnly.FromDateTime(request.Clock.GetUtcNow().UtcDateTime);
        var first = from ?? last.AddDays(-29);
        var errors = Span(first, last) ?? [];
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
