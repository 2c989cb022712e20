using AdFlux.Contracts.Insights;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Alerts;

/// <summary>
/// Adds an alert and its <see cref="AlertRaised"/> to the caller's unit of work, unless an alert
/// with the same key was raised before: a cause seen again (a figure restated, an event
/// redelivered under a new id) raises nothing new. The unique key index backs this up when two
/// consumers race.
/// </summary>
public sealed class AlertRaiser(InsightsDbContext db, TimeProvider clock)
{
    /// <returns>Whether the alert was new.</returns>
    public async Task<bool> RaiseAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (db.Alerts.Local.Any(a => a.DedupeKey == alert.DedupeKey)
            || await db.Alerts.AnyAsync(a => a.DedupeKey == alert.DedupeKey, cancellationToken))
        {
            return false;
        }
        alert.Id = Guid.CreateVersion7();
        alert.RaisedAt = clock.GetUtcNow();
        db.Alerts.Add(alert);
        db.AddEvent(new AlertRaised(Guid.CreateVersion7(), alert.TenantId, alert.RaisedAt, alert.Id, alert.Kind, alert.Severity, alert.Message, alert.ClientProfileId), clock);
        return true;
    }
}
