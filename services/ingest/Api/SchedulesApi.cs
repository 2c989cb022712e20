using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Pulls;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Ingest.Api;

/// <summary>
/// Pull schedules of the tenant's sources (cron + IANA time zone, held in the database; admins only) and
/// "pull now", which makes a schedule due at once for whichever instance's worker leases it first.
/// </summary>
public static class SchedulesApi
{
    public static IEndpointRouteBuilder MapSchedulesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ingest/schedules").WithTags("Pull schedules").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync).WithName("ListPullSchedules").WithSummary("The tenant's pull schedules, when each runs next and how it last ended");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetPullSchedule").WithSummary("One pull schedule");
        group.MapPost("", CreateAsync).WithName("CreatePullSchedule").WithSummary("Pull a Sheets, YouTube or Spotify source on a cron expression in an IANA time zone");
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdatePullSchedule").WithSummary("Change a schedule's cron expression, time zone or enabled flag");
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeletePullSchedule").WithSummary("Stop pulling a source on a schedule");
        group.MapPost("/{id:guid}/pull-now", PullNowAsync).WithName("PullScheduleNow")
            .WithSummary("Make the schedule due now; one instance's worker runs it (409 while the source's credential needs replacing)");
        return app;
    }

    public static async Task<Ok<List<ScheduleResponse>>> ListAsync([AsParameters] IngestRequest request)
    {
        var schedules = await request.Db.PullSchedules.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(schedules.Select(ScheduleResponse.From).ToList());
    }

    public static async Task<Results<Ok<ScheduleResponse>, NotFound>> GetAsync(Guid id, [AsParameters] IngestRequest request) =>
        await request.Db.PullSchedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken) is { } schedule
            ? TypedResults.Ok(ScheduleResponse.From(schedule))
            : TypedResults.NotFound();

    public static async Task<Results<Created<ScheduleResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateScheduleRequest body, [AsParameters] IngestRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Source is null || !PullSources.All.Contains(body.Source))
        {
            errors["source"] = [$"source must be one of: {string.Join(", ", PullSources.All)}."];
        }
        Guid? clientProfileId = null;
        if (body.SourceId is null || body.SourceId == Guid.Empty)
        {
            errors["sourceId"] = ["sourceId is required."];
        }
        else if (!errors.ContainsKey("source"))
        {
            clientProfileId = await ClientProfileOfAsync(request, body.Source!, body.SourceId.Value);
            if (clientProfileId is null)
            {
                errors["sourceId"] = [$"No {body.Source} source with this id exists in your tenant."];
            }
        }
        var cron = CronSchedule.TryParse(body.Cron, body.TimeZone, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        var enabled = body.Enabled ?? true;
        var schedule = new PullSchedule
        {
            Id = Guid.CreateVersion7(now),
            TenantId = request.Db.CurrentTenantId!.Value,
            ClientProfileId = clientProfileId!.Value,
            Source = body.Source!,
            SourceId = body.SourceId!.Value,
            Cron = body.Cron!.Trim(),
            TimeZone = body.TimeZone!.Trim(),
            Enabled = enabled,
            NextRunAt = enabled ? cron!.NextAfter(now) : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.Db.PullSchedules.Add(schedule);
        try
        {
            await request.Db.SaveChangesAsync(request.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict,
                title: "Source already scheduled", detail: "This source has a schedule already; change that one.");
        }
        return TypedResults.Created($"/api/ingest/schedules/{schedule.Id}", ScheduleResponse.From(schedule));
    }

    public static async Task<Results<Ok<ScheduleResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, UpdateScheduleRequest body, [AsParameters] IngestRequest request)
    {
        var schedule = await request.Db.PullSchedules.FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (schedule is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new Dictionary<string, string[]>();
        var cron = CronSchedule.TryParse(body.Cron, body.TimeZone, errors);
        if (body.Enabled is null)
        {
            errors["enabled"] = ["enabled is required."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        schedule.Cron = body.Cron!.Trim();
        schedule.TimeZone = body.TimeZone!.Trim();
        schedule.Enabled = body.Enabled!.Value;
        schedule.NextRunAt = schedule.Enabled && !await CredentialRefusedAsync(request, schedule) ? cron!.NextAfter(now) : null;
        schedule.UpdatedAt = now;
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(ScheduleResponse.From(schedule));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, [AsParameters] IngestRequest request)
    {
        var deleted = await request.Db.PullSchedules.Where(s => s.Id == id).ExecuteDeleteAsync(request.CancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    public static async Task<Results<Accepted<ScheduleResponse>, NotFound, ProblemHttpResult>> PullNowAsync(
        Guid id, PullSignal signal, [AsParameters] IngestRequest request)
    {
        var schedule = await request.Db.PullSchedules.FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (schedule is null)
        {
            return TypedResults.NotFound();
        }
        if (await CredentialRefusedAsync(request, schedule))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict, title: "Credential needs replacing",
                detail: "The platform refused this source's credential; replace it (PUT …/credential) and the schedule runs again.");
        }
        var now = request.Clock.GetUtcNow();
        (schedule.NextRunAt, schedule.UpdatedAt) = (now, now);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/ingest/schedules/{id}", ScheduleResponse.From(schedule));
    }

    private static async Task<Guid?> ClientProfileOfAsync(IngestRequest request, string source, Guid sourceId) => source == PullSources.Sheets
        ? await request.Db.SheetsSources.Where(s => s.Id == sourceId).Select(s => (Guid?)s.ClientProfileId).FirstOrDefaultAsync(request.CancellationToken)
        : await request.Db.PlatformSources.Where(s => s.Id == sourceId && s.Platform == source).Select(s => (Guid?)s.ClientProfileId).FirstOrDefaultAsync(request.CancellationToken);

    private static async Task<bool> CredentialRefusedAsync(IngestRequest request, PullSchedule schedule) => schedule.Source == PullSources.Sheets
        ? await request.Db.SheetsSources.AnyAsync(s => s.Id == schedule.SourceId && s.CredentialRefusedAt != null, request.CancellationToken)
        : await request.Db.PlatformSources.AnyAsync(s => s.Id == schedule.SourceId && s.CredentialRefusedAt != null, request.CancellationToken);
}
