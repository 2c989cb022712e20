using System.Globalization;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Reports;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Api;

/// <summary>
/// Daily reports (seed 004 §2): a schedule per client profile at its local time, a run on demand,
/// and the appended reports, newest first.
/// </summary>
public static class ReportsApi
{
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/insights/reports").WithTags("Reports").RequireAuthorization();
        group.MapGet("", ListAsync)
            .WithName("ListInsightReports").WithSummary("Daily reports by client profile, newest first");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetInsightReport").WithSummary("One report with Q1–Q10: numbers, readings, failures, tokens and cost");
        group.MapGet("/schedules", ListSchedulesAsync)
            .WithName("ListReportSchedules").WithSummary("Every client profile's report schedule and its last run");
        group.MapPut("/schedules/{clientProfileId:guid}", PutScheduleAsync).RequireAuthorization(Policies.Admin)
            .WithName("PutReportSchedule").WithSummary("Set when a client profile's daily report runs (local time and time zone)");
        group.MapPost("/schedules/{clientProfileId:guid}/run", RunNowAsync).RequireAuthorization(Policies.Admin)
            .WithName("RunReportNow").WithSummary("Run a client profile's report now, also when its schedule is disabled; it reads only what arrived since the last one");
        return app;
    }

    public static async Task<Results<Ok<List<ReportSummary>>, ValidationProblem>> ListAsync(Guid? clientProfileId, int? limit, [AsParameters] InsightsRequest request)
    {
        var take = limit ?? 30;
        if (take is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxLimit}."] });
        }
        var reports = request.Db.Reports.AsNoTracking();
        if (clientProfileId is { } profile)
        {
            reports = reports.Where(r => r.ClientProfileId == profile);
        }
        var page = await reports.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(take).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(page.Select(ReportSummary.From).ToList());
    }

    public static async Task<Results<Ok<ReportResponse>, NotFound>> GetAsync(Guid id, [AsParameters] InsightsRequest request) =>
        await request.Db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, request.CancellationToken) is { } report
            ? TypedResults.Ok(ReportResponse.From(report))
            : TypedResults.NotFound();

    public static async Task<Ok<List<ReportScheduleResponse>>> ListSchedulesAsync([AsParameters] InsightsRequest request)
    {
        var schedules = await request.Db.ReportSchedules.AsNoTracking().OrderBy(s => s.NextRunAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(schedules.Select(ReportScheduleResponse.From).ToList());
    }

    public static async Task<Results<Ok<ReportScheduleResponse>, ValidationProblem, NotFound>> PutScheduleAsync(
        Guid clientProfileId, ReportScheduleRequest body, ClientProfileOwnership clientProfiles, [AsParameters] InsightsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        TimeZoneInfo? zone = null;
        if (string.IsNullOrWhiteSpace(body.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(body.TimeZone.Trim(), out zone) || !zone.HasIanaId)
        {
            errors["timeZone"] = ["timeZone must be an IANA time zone id, e.g. Europe/Madrid or America/Mexico_City."];
        }
        if (!TimeOnly.TryParseExact(body.LocalTime ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var localTime))
        {
            errors["localTime"] = ["localTime must be a 24-hour time as HH:mm, e.g. 08:30."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!await clientProfiles.BelongsToCallerAsync(clientProfileId, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        var now = request.Clock.GetUtcNow();
        var schedule = await request.Db.ReportSchedules.SingleOrDefaultAsync(s => s.ClientProfileId == clientProfileId, request.CancellationToken);
        if (schedule is null)
        {
            schedule = new ReportSchedule { TenantId = request.Tenant.TenantId!.Value, ClientProfileId = clientProfileId, TimeZone = zone!.Id };
            request.Db.ReportSchedules.Add(schedule);
        }
        schedule.TimeZone = zone!.Id;
        schedule.LocalTime = localTime;
        schedule.Enabled = body.Enabled ?? true;
        schedule.NextRunAt = schedule.Enabled ? LocalSchedule.NextAfter(now, zone, localTime) : ReportSchedule.Never;
        schedule.UpdatedAt = now;
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(ReportScheduleResponse.From(schedule));
    }

    public static async Task<Results<Accepted<ReportScheduleResponse>, ProblemHttpResult>> RunNowAsync(
        Guid clientProfileId, ReportSignal signal, [AsParameters] InsightsRequest request)
    {
        if (await request.Db.ReportSchedules.SingleOrDefaultAsync(s => s.ClientProfileId == clientProfileId, request.CancellationToken) is not { } schedule)
        {
            return TypedResults.Problem(
                $"Client profile {clientProfileId} has no report schedule; PUT /api/insights/reports/schedules/{clientProfileId} first.",
                statusCode: StatusCodes.Status404NotFound, title: "No report schedule");
        }
        var now = request.Clock.GetUtcNow();
        schedule.NextRunAt = now;
        schedule.UpdatedAt = now;
        await request.Db.SaveChangesAsync(request.CancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/insights/reports?clientProfileId={clientProfileId}", ReportScheduleResponse.From(schedule));
    }
}
