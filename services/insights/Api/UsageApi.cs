using AdFlux.Insights.Domain;
using AdFlux.Insights.Usage;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Money;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Api;

/// <summary>
/// API usage and cost (seed 003 §5): every service's external calls summed per provider, operation
/// and UTC day, and the tenant's monthly budget. The tenant's spending and its limits are for its
/// admins only.
/// </summary>
public static class UsageApi
{
    public const int MaxLimit = 500;

    public const int MaxDays = 366;

    public static IEndpointRouteBuilder MapUsageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/insights/usage").WithTags("Usage").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync)
            .WithName("GetApiUsage").WithSummary("External API calls, failures, latency, tokens and cost per provider, operation and UTC day");
        group.MapGet("/budget", GetBudgetAsync)
            .WithName("GetUsageBudget").WithSummary("The tenant's monthly API usage budget and this month's cost against it");
        group.MapPut("/budget", PutBudgetAsync)
            .WithName("SetUsageBudget").WithSummary("Set the monthly API usage budget: alerts at 80 and 100 %, and with hardStop no provider calls past 100 %");
        return app;
    }

    public static async Task<Results<Ok<UsagePage>, ValidationProblem>> ListAsync([AsParameters] UsageQuery query, [AsParameters] InsightsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var (limit, offset) = ListChecks.Page(query.Limit, query.Offset, 100, MaxLimit, errors);
        var to = query.To ?? DateOnly.FromDateTime(request.Clock.GetUtcNow().UtcDateTime);
        var from = query.From ?? to.AddDays(-29);
        if (from > to)
        {
            errors["from"] = ["from must not be after to."];
        }
        else if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors["to"] = [$"The range may cover at most {MaxDays} days."];
        }
        var provider = query.Provider?.Trim().ToLowerInvariant();
        if (provider is { Length: 0 or > 100 })
        {
            errors["provider"] = ["provider must be a provider name of 1 to 100 characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var days = request.Db.UsageDays.AsNoTracking().Where(u => u.Day >= from && u.Day <= to);
        if (provider is not null)
        {
            days = days.Where(u => u.Provider == provider);
        }
        var totals = await days.GroupBy(u => new { u.Provider, u.Currency })
            .Select(g => new
            {
                g.Key.Provider,
                g.Key.Currency,
                Calls = g.Sum(u => u.Calls),
                Failures = g.Sum(u => u.Failures),
                InputTokens = g.Sum(u => u.InputTokens),
                OutputTokens = g.Sum(u => u.OutputTokens),
                CostMicros = g.Sum(u => u.CostMicros),
            })
            .ToListAsync(request.CancellationToken);
        var total = await days.CountAsync(request.CancellationToken);
        var page = await days.OrderByDescending(u => u.Day).ThenBy(u => u.Provider).ThenBy(u => u.Operation)
            .Skip(offset).Take(limit).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(new UsagePage(from, to,
            [.. totals.OrderBy(t => t.Provider, StringComparer.Ordinal).Select(t => new UsageProviderTotal(t.Provider, t.Calls, t.Failures, t.InputTokens, t.OutputTokens,
                UsageAggregator.FromMicros(t.CostMicros), UsageAggregator.MinorOf(t.CostMicros, t.Currency), t.Currency))],
            [.. page.Select(ResponseOf)], total, offset, limit));
    }

    public static async Task<Ok<UsageBudgetResponse>> GetBudgetAsync([AsParameters] InsightsRequest request, UsageBudgetEvaluator evaluator)
    {
        var budget = await request.Db.UsageBudgets.AsNoTracking().SingleOrDefaultAsync(request.CancellationToken);
        return TypedResults.Ok(await ResponseOfAsync(budget, evaluator, request));
    }

    public static async Task<Results<Ok<UsageBudgetResponse>, ValidationProblem>> PutBudgetAsync(
        UsageBudgetRequest body, [AsParameters] InsightsRequest request, UsageBudgetEvaluator evaluator)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Amount is not { } amount || amount <= 0)
        {
            errors["amount"] = ["amount must be greater than zero."];
        }
        else if (amount >= 100_000_000_000_000m)
        {
            errors["amount"] = ["amount is too large."];
        }
        var currency = body.Currency?.Trim().ToUpperInvariant();
        if (!Currencies.IsKnown(currency))
        {
            errors["currency"] = ["currency must be an active ISO 4217 code, e.g. USD."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = request.Clock.GetUtcNow();
        var budget = await request.Db.UsageBudgets.SingleOrDefaultAsync(request.CancellationToken);
        if (budget is null)
        {
            budget = new UsageBudget { TenantId = request.Tenant.TenantId!.Value, Currency = currency! };
            request.Db.UsageBudgets.Add(budget);
        }
        budget.Amount = decimal.Round(body.Amount!.Value, 4);
        budget.Currency = currency!;
        budget.HardStop = body.HardStop ?? false;
        budget.UpdatedAt = now;
        await evaluator.EvaluateAsync(budget, UsageMonth.Of(now), request.CancellationToken);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(await ResponseOfAsync(budget, evaluator, request));
    }

    private static async Task<UsageBudgetResponse> ResponseOfAsync(UsageBudget? budget, UsageBudgetEvaluator evaluator, InsightsRequest request)
    {
        var month = UsageMonth.Of(request.Clock.GetUtcNow());
        var measured = budget ?? new UsageBudget { Currency = "USD" };
        var spentMicros = await evaluator.SpentMicrosAsync(measured, month, request.CancellationToken);
        var spent = UsageAggregator.FromMicros(spentMicros);
        return new UsageBudgetResponse(budget is not null, budget?.Amount, measured.Currency, budget?.HardStop ?? false, month.ToString(),
            spent, UsageAggregator.MinorOf(spentMicros, measured.Currency), budget is null ? null : decimal.Round(spent / budget.Amount * 100m, 2),
            budget?.ExhaustedMonth == month.ToString(), budget?.UpdatedAt);
    }

    private static UsageDayResponse ResponseOf(ApiUsageDay day) => new(day.Day, day.Provider, day.Operation, day.Calls, day.Failures,
        day.Calls == 0 ? 0 : Math.Round((double)day.LatencySumMs / day.Calls, 1), day.LatencyMaxMs, day.InputTokens, day.OutputTokens,
        UsageAggregator.FromMicros(day.CostMicros), UsageAggregator.MinorOf(day.CostMicros, day.Currency), day.Currency, day.UnpricedCalls);
}
