using AdFlux.Ledger.Checkpoints;
using AdFlux.Ledger.Verification;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ledger.Api;

/// <summary>The caller's tenant's ledger: search, the recent view, chain verification and one flow's story.</summary>
public static class LedgerApi
{
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ledger").WithTags("Ledger").RequireAuthorization();
        group.MapGet("/events", ListEventsAsync)
            .WithName("ListLedgerEvents").WithSummary("Events by type, time range and correlation id, oldest first, cursor-paged");
        group.MapGet("/recent", RecentAsync)
            .WithName("RecentLedgerEvents").WithSummary("The latest events, newest first");
        group.MapGet("/verify", VerifyAsync).RequireAuthorization(Policies.Admin)
            .WithName("VerifyLedger").WithSummary("Walks the hash chain and reports the first broken link");
        group.MapGet("/checkpoints", CheckpointsAsync).RequireAuthorization(Policies.Admin)
            .WithName("ListLedgerCheckpoints").WithSummary("Signed checkpoints of the chain head, newest first, with the key that verifies them");
        group.MapGet("/trace/{correlationId:guid}", TraceAsync)
            .WithName("TraceLedgerFlow").WithSummary("Every event of one flow, in causal order");
        return app;
    }

    public static async Task<Results<Ok<LedgerPage>, ValidationProblem>> ListEventsAsync(
        [AsParameters] EventsQuery query, [AsParameters] LedgerRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var limit = query.Limit ?? 100;
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        }
        if (query.From is { } from && query.To is { } to && from > to)
        {
            errors["from"] = ["from must not be after to."];
        }
        if (query.Cursor is < 0)
        {
            errors["cursor"] = ["cursor must be a value returned as nextCursor."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var events = request.Events;
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            var type = query.Type.Trim();
            events = type.Contains('.', StringComparison.Ordinal)
                ? events.Where(e => e.EventType == type)
                : events.Where(e => e.EventType.EndsWith("." + type));
        }
        if (query.From is { } after)
        {
            events = events.Where(e => e.OccurredAt >= after);
        }
        if (query.To is { } before)
        {
            events = events.Where(e => e.OccurredAt <= before);
        }
        if (query.CorrelationId is { } correlationId)
        {
            events = events.Where(e => e.CorrelationId == correlationId);
        }
        if (query.Cursor is { } cursor)
        {
            events = events.Where(e => e.Position > cursor);
        }
        var rows = await events.OrderBy(e => e.Position).Take(limit + 1).AsNoTracking().ToListAsync(request.CancellationToken);
        var page = rows.Take(limit).Select(request.Present).ToList();
        return TypedResults.Ok(new LedgerPage(page, rows.Count > limit ? page[^1].Position : null));
    }

    public static async Task<Results<Ok<IReadOnlyList<LedgerEventResponse>>, ValidationProblem>> RecentAsync(
        int? limit, [AsParameters] LedgerRequest request)
    {
        var take = limit ?? 50;
        if (take is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxLimit}."] });
        }
        var rows = await request.Events.OrderByDescending(e => e.Position).Take(take).AsNoTracking().ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<LedgerEventResponse>>(rows.Select(request.Present).ToList());
    }

    public static async Task<Results<Ok<ChainVerification>, ForbidHttpResult>> VerifyAsync(
        ChainVerifier verifier, [AsParameters] LedgerRequest request)
    {
        if (request.Tenant.TenantId is not { } tenantId)
        {
            return TypedResults.Forbid();
        }
        return TypedResults.Ok(await verifier.VerifyAsync(tenantId, request.CancellationToken));
    }

    public static async Task<Results<Ok<CheckpointList>, ValidationProblem>> CheckpointsAsync(
        int? limit, CheckpointSigner signer, [AsParameters] LedgerRequest request)
    {
        var take = limit ?? 100;
        if (take is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxLimit}."] });
        }
        var rows = await request.Db.Checkpoints.Where(c => request.Tenant.TenantId != null && c.TenantId == request.Tenant.TenantId)
            .OrderByDescending(c => c.Position).Take(take).AsNoTracking().ToListAsync(request.CancellationToken);
        return TypedResults.Ok(new CheckpointList(signer.KeyId, signer.PublicKeyPem, rows.Select(CheckpointResponse.From).ToList()));
    }

    public static async Task<Results<Ok<TraceResponse>, NotFound>> TraceAsync(Guid correlationId, [AsParameters] LedgerRequest request)
    {
        var rows = await request.Events.Where(e => e.CorrelationId == correlationId)
            .OrderBy(e => e.Position).AsNoTracking().ToListAsync(request.CancellationToken);
        if (rows.Count == 0)
        {
            return TypedResults.NotFound();
        }
        var steps = TraceOrder.Of(rows).Select(s => new TraceStep(s.Depth, request.Present(s.Event))).ToList();
        return TypedResults.Ok(new TraceResponse(correlationId, steps));
    }
}
