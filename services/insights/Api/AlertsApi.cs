using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Api;

/// <summary>
/// Alerts (issue 16): what was raised for the caller's client profiles (thresholds, same-weekday
/// anomalies, ads' budgets, reach-limited notices), acknowledged by an admin; and the threshold
/// rules admins keep per client profile.
/// </summary>
public static class AlertsApi
{
    public const int MaxLimit = 200;

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/insights/alerts").WithTags("Alerts").RequireAuthorization();
        group.MapGet("", ListAsync)
            .WithName("ListAlerts").WithSummary("Alerts by client profile, kind, severity, time and acknowledgement, newest first");
        group.MapPost("/{id:guid}/acknowledge", AcknowledgeAsync).RequireAuthorization(Policies.Admin)
            .WithName("AcknowledgeAlert").WithSummary("Mark an alert as seen and handled; acknowledging again changes nothing");
        group.MapGet("/rules", ListRulesAsync)
            .WithName("ListAlertRules").WithSummary("The threshold rules of the caller's client profiles");
        group.MapPost("/rules", CreateRuleAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateAlertRule").WithSummary("Alert when a client profile's daily total of a platform metric goes above or below a threshold");
        group.MapPut("/rules/{id:guid}", UpdateRuleAsync).RequireAuthorization(Policies.Admin)
            .WithName("UpdateAlertRule").WithSummary("Change a threshold rule");
        group.MapDelete("/rules/{id:guid}", DeleteRuleAsync).RequireAuthorization(Policies.Admin)
            .WithName("DeleteAlertRule").WithSummary("Remove a threshold rule; the alerts it raised stay");
        return app;
    }

    public static async Task<Results<Ok<AlertPage>, ValidationProblem>> ListAsync([AsParameters] AlertsQuery query, [AsParameters] InsightsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var limit = query.Limit ?? 50;
        var offset = query.Offset ?? 0;
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        }
        if (offset < 0)
        {
            errors["offset"] = ["offset must not be negative."];
        }
        var kind = query.Kind?.Trim().ToLowerInvariant();
        if (kind is not null && !AlertKinds.All.Contains(kind))
        {
            errors["kind"] = [$"kind must be one of {string.Join(", ", AlertKinds.All)}."];
        }
        var severity = query.Severity?.Trim().ToLowerInvariant();
        if (severity is not null && !AlertSeverities.All.Contains(severity))
        {
            errors["severity"] = [$"severity must be one of {string.Join(", ", AlertSeverities.All)}."];
        }
        if (query.From is { } from && query.To is { } to && from > to)
        {
            errors["from"] = ["from must not be after to."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var alerts = request.Db.Alerts.AsNoTracking();
        if (query.ClientProfileId is { } clientProfileId)
        {
            alerts = alerts.Where(a => a.ClientProfileId == clientProfileId);
        }
        if (kind is not null)
        {
            alerts = alerts.Where(a => a.Kind == kind);
        }
        if (severity is not null)
        {
            alerts = alerts.Where(a => a.Severity == severity);
        }
        if (query.From is { } after)
        {
            alerts = alerts.Where(a => a.RaisedAt >= after);
        }
        if (query.To is { } before)
        {
            alerts = alerts.Where(a => a.RaisedAt <= before);
        }
        if (query.Acknowledged is { } acknowledged)
        {
            alerts = alerts.Where(a => (a.AcknowledgedAt != null) == acknowledged);
        }
        var counts = await alerts.GroupBy(a => a.AcknowledgedAt != null).Select(g => new { Acknowledged = g.Key, Count = g.Count() }).ToListAsync(request.CancellationToken);
        var page = await alerts.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Skip(offset).Take(limit).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(new AlertPage([.. page.Select(AlertResponse.From)], counts.Sum(c => c.Count),
            counts.Where(c => !c.Acknowledged).Sum(c => c.Count), offset, limit));
    }

    public static async Task<Results<Ok<AlertResponse>, NotFound>> AcknowledgeAsync(Guid id, [AsParameters] InsightsRequest request)
    {
        if (await request.Db.Alerts.SingleOrDefaultAsync(a => a.Id == id, request.CancellationToken) is not { } alert)
        {
            return TypedResults.NotFound();
        }
        if (alert.AcknowledgedAt is null)
        {
            alert.AcknowledgedAt = request.Clock.GetUtcNow();
            alert.AcknowledgedBy = request.User.FindFirst(AdFluxClaims.Subject)?.Value ?? request.User.FindFirst(AdFluxClaims.ApiKeyId)?.Value;
            await request.Db.SaveChangesAsync(request.CancellationToken);
        }
        return TypedResults.Ok(AlertResponse.From(alert));
    }

    public static async Task<Ok<List<AlertRuleResponse>>> ListRulesAsync(Guid? clientProfileId, [AsParameters] InsightsRequest request)
    {
        var rules = request.Db.AlertRules.AsNoTracking();
        if (clientProfileId is { } profile)
        {
            rules = rules.Where(r => r.ClientProfileId == profile);
        }
        var list = await rules.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(list.Select(AlertRuleResponse.From).ToList());
    }

    public static async Task<Results<Created<AlertRuleResponse>, ValidationProblem, NotFound>> CreateRuleAsync(
        AlertRuleRequest body, ClientProfileOwnership clientProfiles, [AsParameters] InsightsRequest request)
    {
        if (AlertRuleValidation.Validate(body, requireClientProfile: true) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!await clientProfiles.BelongsToCallerAsync(body.ClientProfileId!.Value, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        var now = request.Clock.GetUtcNow();
        var rule = new AlertRule
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.Tenant.TenantId!.Value,
            ClientProfileId = body.ClientProfileId.Value,
            Name = "",
            Platform = "",
            Metric = "",
            Direction = "",
            CreatedAt = now,
        };
        AlertRuleValidation.Apply(body, rule, now);
        request.Db.AlertRules.Add(rule);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/insights/alerts/rules/{rule.Id}", AlertRuleResponse.From(rule));
    }

    public static async Task<Results<Ok<AlertRuleResponse>, ValidationProblem, NotFound>> UpdateRuleAsync(
        Guid id, AlertRuleRequest body, [AsParameters] InsightsRequest request)
    {
        if (AlertRuleValidation.Validate(body, requireClientProfile: false) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await request.Db.AlertRules.SingleOrDefaultAsync(r => r.Id == id, request.CancellationToken) is not { } rule)
        {
            return TypedResults.NotFound();
        }
        if (body.ClientProfileId is { } moved && moved != rule.ClientProfileId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["clientProfileId"] = ["A rule stays with its client profile; create a new rule for another one."] });
        }
        AlertRuleValidation.Apply(body, rule, request.Clock.GetUtcNow());
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(AlertRuleResponse.From(rule));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteRuleAsync(Guid id, [AsParameters] InsightsRequest request)
    {
        if (await request.Db.AlertRules.SingleOrDefaultAsync(r => r.Id == id, request.CancellationToken) is not { } rule)
        {
            return TypedResults.NotFound();
        }
        request.Db.AlertRules.Remove(rule);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.NoContent();
    }
}
