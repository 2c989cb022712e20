using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Api;

/// <summary>The tenant's raw deliveries, for debugging an integration (admins only).</summary>
public static class DeliveriesApi
{
    public const int MaxLimit = 200;

    public static IEndpointRouteBuilder MapDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ingest/deliveries").WithTags("Deliveries").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync)
            .WithName("ListIngestDeliveries").WithSummary("Raw deliveries by source, client profile and time, newest first, cursor-paged");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetIngestDelivery").WithSummary("One raw delivery");
        return app;
    }

    public static async Task<Results<Ok<DeliveryPage>, ValidationProblem>> ListAsync([AsParameters] DeliveriesQuery query, [AsParameters] IngestRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var limit = query.Limit ?? 50;
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        }
        if (query.From is { } from && query.To is { } to && from > to)
        {
            errors["from"] = ["from must not be after to."];
        }
        if (query.Cursor is < 1)
        {
            errors["cursor"] = ["cursor must be a value returned as nextCursor."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rows = request.Db.Deliveries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            var source = query.Source.Trim();
            rows = rows.Where(d => d.Source == source);
        }
        if (query.ClientProfileId is { } clientProfileId)
        {
            rows = rows.Where(d => d.ClientProfileId == clientProfileId);
        }
        if (query.From is { } after)
        {
            rows = rows.Where(d => d.ReceivedAt >= after);
        }
        if (query.To is { } before)
        {
            rows = rows.Where(d => d.ReceivedAt <= before);
        }
        if (query.Cursor is { } cursor)
        {
            rows = rows.Where(d => d.Seq < cursor);
        }
        var page = await rows.OrderByDescending(d => d.Seq).Take(limit + 1).ToListAsync(request.CancellationToken);
        var items = page.Take(limit).Select(DeliveryResponse.From).ToList();
        return TypedResults.Ok(new DeliveryPage(items, page.Count > limit ? items[^1].Seq : null));
    }

    public static async Task<Results<Ok<DeliveryResponse>, NotFound>> GetAsync(Guid id, [AsParameters] IngestRequest request) =>
        await request.Db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, request.CancellationToken) is { } delivery
            ? TypedResults.Ok(DeliveryResponse.From(delivery))
            : TypedResults.NotFound();
}
