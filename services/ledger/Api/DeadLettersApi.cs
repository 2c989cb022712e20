using AdFlux.Ledger.DeadLetters;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ledger.Api;

/// <summary>Messages of the caller's tenant that failed all retries in any service, and their replay.</summary>
public static class DeadLettersApi
{
    public static IEndpointRouteBuilder MapDeadLettersApi(this IEndpointRouteBuilder app)
    {
        // Operators only: a dead letter is any service's raw message, whatever client profile or person it names.
        var group = app.MapGroup("/api/ledger/dead-letters").WithTags("Dead letters").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync)
            .WithName("ListDeadLetters").WithSummary("Messages that failed all retries, most recent first");
        group.MapPost("/{id:guid}/replay", ReplayAsync)
            .WithName("ReplayDeadLetter").WithSummary("Sends a dead letter back to the queue that gave up on it");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<DeadLetterResponse>>, ValidationProblem>> ListAsync(
        int? limit, [AsParameters] LedgerRequest request)
    {
        var take = limit ?? 100;
        if (take is < 1 or > LedgerApi.MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {LedgerApi.MaxLimit}."] });
        }
        var rows = await request.Db.DeadLetters
            .Where(d => request.Tenant.TenantId != null && d.TenantId == request.Tenant.TenantId)
            .OrderByDescending(d => d.LastSeenAt).Take(take).AsNoTracking().ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<DeadLetterResponse>>(rows.Select(DeadLetterResponse.From).ToList());
    }

    public static async Task<Results<Ok<DeadLetterResponse>, NotFound, Conflict<ProblemDetails>>> ReplayAsync(
        Guid id, DeadLetterReplayer replayer, TimeProvider clock, [AsParameters] LedgerRequest request)
    {
        var deadLetter = await request.Db.DeadLetters
            .FirstOrDefaultAsync(d => d.Id == id && request.Tenant.TenantId != null && d.TenantId == request.Tenant.TenantId, request.CancellationToken);
        if (deadLetter is null)
        {
            return TypedResults.NotFound();
        }
        if (!await replayer.ReplayAsync(deadLetter, request.CancellationToken))
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Type = ProblemTypes.Conflict,
                Title = "The message is no longer in the error queue",
                Detail = $"No message {deadLetter.MessageId} in {deadLetter.Queue}_error; it may have been replayed or purged already.",
                Status = StatusCodes.Status409Conflict,
            });
        }
        deadLetter.ReplayedAt = clock.GetUtcNow();
        deadLetter.Replays++;
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(DeadLetterResponse.From(deadLetter));
    }
}
