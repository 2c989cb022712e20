using System.Globalization;
using AdFlux.Contracts.Usage;
using AdFlux.Insights.Alerts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Usage;

/// <summary>
/// Compares a tenant's month of external-call cost with its budget: alerts at 80 and 100 % (each once
/// a month, <see cref="AlertRaiser"/>), and with a hard stop <see cref="UsageBudgetExhausted"/> once when
/// the month's cost reaches the budget, <see cref="UsageBudgetRestored"/> when a change lifts it. Adds to
/// the caller's unit of work; the caller saves.
/// </summary>
public sealed class UsageBudgetEvaluator(InsightsDbContext db, AlertRaiser alerts, TimeProvider clock)
{
    public static readonly IReadOnlyList<int> AlertPercents = [80, 100];

    /// <summary>The month's cost in the budget's currency, in micros (rows priced in another currency do not count against it).</summary>
    public Task<long> SpentMicrosAsync(UsageBudget budget, UsageMonth month, CancellationToken cancellationToken) =>
        db.UsageDays.Where(u => u.Day >= month.FirstDay && u.Day <= month.LastDay && u.Currency == budget.Currency)
            .SumAsync(u => u.CostMicros, cancellationToken);

    public async Task EvaluateAsync(UsageBudget budget, UsageMonth month, CancellationToken cancellationToken)
    {
        var spent = UsageAggregator.FromMicros(await SpentMicrosAsync(budget, month, cancellationToken));
        var percent = spent / budget.Amount * 100m;
        foreach (var threshold in AlertPercents.Where(p => percent >= p))
        {
            await alerts.RaiseAsync(AlertOf(budget, month, threshold, spent), cancellationToken);
        }
        if (month != UsageMonth.Of(clock.GetUtcNow()))
        {
            return;
        }
        var exhausted = budget.HardStop && spent >= budget.Amount;
        if (exhausted && budget.ExhaustedMonth != month.ToString())
        {
            budget.ExhaustedMonth = month.ToString();
            db.AddEvent(new UsageBudgetExhausted(Guid.CreateVersion7(), budget.TenantId, clock.GetUtcNow(), month.ToString(), budget.Amount, spent, budget.Currency, month.End), clock);
        }
        else if (!exhausted && budget.ExhaustedMonth == month.ToString())
        {
            budget.ExhaustedMonth = null;
            db.AddEvent(new UsageBudgetRestored(Guid.CreateVersion7(), budget.TenantId, clock.GetUtcNow(), month.ToString(), budget.Amount, budget.Currency), clock);
        }
    }

    private static Alert AlertOf(UsageBudget budget, UsageMonth month, int threshold, decimal spent) => new()
    {
        TenantId = budget.TenantId,
        ClientProfileId = SeriesKey.NoClientProfile,
        Kind = AlertKinds.UsageBudget,
        Severity = threshold >= 100 ? AlertSeverities.Critical : AlertSeverities.Warning,
        Message = string.Create(CultureInfo.InvariantCulture,
            $"External API usage for {month} reached {threshold} % of the monthly budget: {spent:0.####} of {budget.Amount:0.##} {budget.Currency}{(threshold >= 100 && budget.HardStop ? "; further provider calls are refused until the budget is raised or the month ends." : ".")}"),
        DedupeKey = $"{AlertKinds.UsageBudget}:{month}:{threshold}",
        Metric = "api-cost",
        Day = month.FirstDay,
        Value = (double)spent,
        Expected = (double)(budget.Amount * threshold / 100m),
    };
}
