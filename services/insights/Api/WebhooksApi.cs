using System.Data;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Webhooks;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Api;

/// <summary>
/// Outbound webhooks (seed 000's outputs to n8n, Zapier…): a tenant's admins register endpoints
/// for chosen AdFlux events, read each endpoint's delivery log and replay a delivery. Deliveries
/// are signed in the Standard Webhooks style and retried for about a day.
/// </summary>
public static class WebhooksApi
{
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/insights/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync)
            .WithName("ListWebhookEndpoints").WithSummary("The tenant's webhook endpoints, without their secrets");
        group.MapPost("", CreateAsync)
            .WithName("CreateWebhookEndpoint").WithSummary("Register an endpoint; the answer holds its signing secret, shown only this once");
        group.MapGet("/event-types", ListEventTypes)
            .WithName("ListWebhookEventTypes").WithSummary("The event types an endpoint may subscribe to");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetWebhookEndpoint").WithSummary("One endpoint, and why it was disabled if it was");
        group.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateWebhookEndpoint").WithSummary("Replace an endpoint's URL, event types and enabled flag; enabling it clears an automatic disable");
        group.MapDelete("/{id:guid}", DeleteAsync)
            .WithName("DeleteWebhookEndpoint").WithSummary("Remove an endpoint with its deliveries");
        group.MapPost("/{id:guid}/secret", RotateSecretAsync)
            .WithName("RotateWebhookSecret").WithSummary("Replace an endpoint's signing secret; the new one is shown only this once");
        group.MapGet("/{id:guid}/deliveries", ListDeliveriesAsync)
            .WithName("ListWebhookDeliveries").WithSummary("An endpoint's deliveries, newest first, each with its attempts, status codes and times");
        group.MapPost("/deliveries/{deliveryId:guid}/replay", ReplayAsync).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ReplayWebhookDelivery").WithSummary("Send a delivery again now, with the same webhook-id, and retry it on failure");
        return app;
    }

    public static async Task<Ok<List<WebhookEndpointResponse>>> ListAsync([AsParameters] InsightsRequest request)
    {
        var endpoints = await request.Db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(endpoints.Select(WebhookEndpointResponse.From).ToList());
    }

    public static Ok<IReadOnlyList<string>> ListEventTypes() => TypedResults.Ok(WebhookEventTypes.All);

    public static async Task<Results<Created<WebhookSecretResponse>, ValidationProblem>> CreateAsync(
        WebhookEndpointRequest body, WebhookTargetGuard guard, [AsParameters] InsightsRequest request)
    {
        if (await ValidateAsync(body, guard, request.CancellationToken) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        var endpoint = new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.Tenant.TenantId!.Value,
            Url = body.Url!.Trim(),
            Secret = WebhookSecret.New(),
            CreatedAt = now,
        };
        Apply(endpoint, body, now);
        request.Db.WebhookEndpoints.Add(endpoint);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/insights/webhooks/{endpoint.Id}", new WebhookSecretResponse(WebhookEndpointResponse.From(endpoint), endpoint.Secret));
    }

    public static async Task<Results<Ok<WebhookEndpointResponse>, NotFound>> GetAsync(Guid id, [AsParameters] InsightsRequest request) =>
        await request.Db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, request.CancellationToken) is { } endpoint
            ? TypedResults.Ok(WebhookEndpointResponse.From(endpoint))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<WebhookEndpointResponse>, ValidationProblem, NotFound>> UpdateAsync(
        Guid id, WebhookEndpointRequest body, WebhookTargetGuard guard, [AsParameters] InsightsRequest request)
    {
        if (await ValidateAsync(body, guard, request.CancellationToken) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await request.Db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, request.CancellationToken) is not { } endpoint)
        {
            return TypedResults.NotFound();
        }
        endpoint.Url = body.Url!.Trim();
        Apply(endpoint, body, request.Clock.GetUtcNow());
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(WebhookEndpointResponse.From(endpoint));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, [AsParameters] InsightsRequest request)
    {
        if (await request.Db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, request.CancellationToken) is not { } endpoint)
        {
            return TypedResults.NotFound();
        }
        request.Db.WebhookEndpoints.Remove(endpoint);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<WebhookSecretResponse>, NotFound>> RotateSecretAsync(Guid id, [AsParameters] InsightsRequest request)
    {
        if (await request.Db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, request.CancellationToken) is not { } endpoint)
        {
            return TypedResults.NotFound();
        }
        endpoint.Secret = WebhookSecret.New();
        endpoint.UpdatedAt = request.Clock.GetUtcNow();
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(new WebhookSecretResponse(WebhookEndpointResponse.From(endpoint), endpoint.Secret));
    }

    public static async Task<Results<Ok<List<WebhookDeliveryResponse>>, ValidationProblem, NotFound>> ListDeliveriesAsync(
        Guid id, string? status, int? limit, [AsParameters] InsightsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var (take, _) = ListChecks.Page(limit, null, 50, MaxLimit, errors);
        if (status is not (null or WebhookDeliveryStatus.Pending or WebhookDeliveryStatus.Succeeded or WebhookDeliveryStatus.Failed))
        {
            errors["status"] = ["status must be pending, succeeded or failed."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!await request.Db.WebhookEndpoints.AnyAsync(e => e.Id == id, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        // One snapshot for the deliveries and their attempts: a delivery's status and its newest attempt
        // are written together, and two plain reads could straddle that write (a 204 shown as still pending).
        await using var snapshot = await request.Db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, request.CancellationToken);
        var deliveries = request.Db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == id);
        if (status is not null)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }
        var page = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(take).ToListAsync(request.CancellationToken);
        var ids = page.Select(d => d.Id).ToList();
        var attempts = (await request.Db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(request.CancellationToken))
            .ToLookup(a => a.DeliveryId);
        return TypedResults.Ok(page.Select(d => WebhookDeliveryResponse.From(d, attempts[d.Id])).ToList());
    }

    public static async Task<Results<Accepted<WebhookDeliveryResponse>, NotFound, ProblemHttpResult>> ReplayAsync(
        Guid deliveryId, WebhookSignal signal, [AsParameters] InsightsRequest request)
    {
        if (await request.Db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, request.CancellationToken) is not { } delivery)
        {
            return TypedResults.NotFound();
        }
        var endpoint = await request.Db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == delivery.EndpointId, request.CancellationToken);
        if (!endpoint.Enabled)
        {
            return TypedResults.Problem(
                $"Endpoint {endpoint.Id} is disabled; enable it with PUT /api/insights/webhooks/{endpoint.Id} before replaying its deliveries.",
                statusCode: StatusCodes.Status409Conflict, title: "Webhook endpoint disabled");
        }
        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.RetryStep = 0;
        delivery.NextRunAt = request.Clock.GetUtcNow();
        await request.Db.SaveChangesAsync(request.CancellationToken);
        signal.Notify();
        var attempts = await request.Db.WebhookAttempts.AsNoTracking().Where(a => a.DeliveryId == deliveryId).ToListAsync(request.CancellationToken);
        return TypedResults.Accepted($"/api/insights/webhooks/{endpoint.Id}/deliveries", WebhookDeliveryResponse.From(delivery, attempts));
    }

    private static void Apply(WebhookEndpoint endpoint, WebhookEndpointRequest body, DateTimeOffset now)
    {
        endpoint.EventTypes = body.EventTypes!.Select(t => WebhookEventTypes.Find(t)!).Distinct().ToList();
        endpoint.Description = string.IsNullOrWhiteSpace(body.Description) ? null : body.Description.Trim();
        var enabled = body.Enabled ?? true;
        if (enabled && !endpoint.Enabled)
        {
            // Turned on by a person: a past automatic disable and its failure streak no longer count.
            endpoint.FailingSince = null;
            endpoint.DisabledAt = null;
            endpoint.DisabledReason = null;
        }
        endpoint.Enabled = enabled;
        endpoint.UpdatedAt = now;
    }

    private static async Task<Dictionary<string, string[]>?> ValidateAsync(WebhookEndpointRequest body, WebhookTargetGuard guard, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (await guard.ProblemWithAsync(body.Url, cancellationToken) is { } urlProblem)
        {
            errors["url"] = [urlProblem];
        }
        if (body.EventTypes is not { Count: > 0 })
        {
            errors["eventTypes"] = [$"eventTypes must name at least one of: {string.Join(", ", WebhookEventTypes.All)}."];
        }
        else if (body.EventTypes.Where(t => WebhookEventTypes.Find(t) is null).ToList() is { Count: > 0 } unknown)
        {
            errors["eventTypes"] = [$"Unknown event types {string.Join(", ", unknown.Select(t => $"'{t}'"))}; choose from: {string.Join(", ", WebhookEventTypes.All)}."];
        }
        if (body.Description is { Length: > Data.Configurations.CommentColumns.KeyLength })
        {
            errors["description"] = [$"description must be at most {Data.Configurations.CommentColumns.KeyLength} characters."];
        }
        return errors.Count > 0 ? errors : null;
    }
}
