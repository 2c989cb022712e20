using AdFlux.Contracts.Usage;
using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Money;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Usage;

/// <summary>
/// Adds a batch of recorded calls to the tenant's day rows in the caller's transaction, one upsert
/// per day, provider and operation; the consumer's inbox makes a redelivered batch add nothing.
/// </summary>
public sealed class UsageAggregator(InsightsDbContext db)
{
    /// <returns>The days the batch touched.</returns>
    public async Task<IReadOnlyList<DateOnly>> AddAsync(Guid tenantId, IReadOnlyList<ExternalApiCall> calls, CancellationToken cancellationToken)
    {
        var rows = calls.GroupBy(c => (Day: DateOnly.FromDateTime(c.StartedAt.UtcDateTime), c.Provider, c.Operation));
        foreach (var row in rows)
        {
            var priced = row.Where(c => c.Cost is not null && c.Currency is not null).ToList();
            var currency = priced.FirstOrDefault()?.Currency;
            var costMicros = priced.Where(c => c.Currency == currency).Sum(c => Micros(c.Cost!.Value));
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO api_usage_days AS u (tenant_id, day, provider, operation, calls, failures, latency_sum_ms, latency_max_ms,
                    input_tokens, output_tokens, cost_micros, currency, unpriced_calls)
                VALUES ({tenantId}, {row.Key.Day}, {row.Key.Provider}, {row.Key.Operation}, {(long)row.Count()}, {(long)row.Count(c => !c.Succeeded)},
                    {row.Sum(c => (long)c.LatencyMs)}, {row.Max(c => c.LatencyMs)}, {row.Sum(c => c.InputTokens ?? 0)}, {row.Sum(c => c.OutputTokens ?? 0)},
                    {costMicros}, {currency}, {(long)(row.Count() - priced.Count)})
                ON CONFLICT (tenant_id, day, provider, operation) DO UPDATE SET
                    calls = u.calls + EXCLUDED.calls,
                    failures = u.failures + EXCLUDED.failures,
                    latency_sum_ms = u.latency_sum_ms + EXCLUDED.latency_sum_ms,
                    latency_max_ms = GREATEST(u.latency_max_ms, EXCLUDED.latency_max_ms),
                    input_tokens = u.input_tokens + EXCLUDED.input_tokens,
                    output_tokens = u.output_tokens + EXCLUDED.output_tokens,
                    cost_micros = u.cost_micros + EXCLUDED.cost_micros,
                    currency = COALESCE(u.currency, EXCLUDED.currency),
                    unpriced_calls = u.unpriced_calls + EXCLUDED.unpriced_calls
                """, cancellationToken);
        }
        return [.. rows.Select(r => r.Key.Day).Distinct()];
    }

    public static long Micros(decimal amount) => (long)decimal.Round(amount * 1_000_000m, MidpointRounding.AwayFromZero);

    public static decimal FromMicros(long micros) => micros / 1_000_000m;

    /// <summary>Micros as minor units of <paramref name="currency"/> (cents of USD), rounded half away from zero.</summary>
    public static long MinorOf(long micros, string? currency)
    {
        var exponent = Currencies.IsKnown(currency) ? Currencies.ExponentOf(currency!) : 2;
        return (long)decimal.Round(micros / (decimal)Math.Pow(10, 6 - exponent), MidpointRounding.AwayFromZero);
    }
}
