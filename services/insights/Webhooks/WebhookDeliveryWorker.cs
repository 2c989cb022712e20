using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Data.Work;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Webhooks;

/// <summary>
/// Sends due webhook deliveries: leases one (so each attempt happens once across instances and a
/// dead worker's lease runs out), sends it with its tenant's endpoint, and saves the attempt, the
/// delivery's next retry or end, and the endpoint's failure streak together. An endpoint whose
/// attempts all failed for <see cref="WebhookOptions.DisableAfter"/> is disabled, saying why.
/// </summary>
public sealed class WebhookDeliveryWorker(
    IServiceScopeFactory scopes, DatabaseState<InsightsDbContext> database, WebhookSignal signal, WebhookSender sender,
    IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDeliveryWorker> logger) : LeasedScheduleWorker<InsightsDbContext, WebhookDelivery>(scopes, database, clock, logger)
{
    protected override string Name => "Webhook deliveries";

    protected override (string Table, string Key) Schedule => ("webhook_deliveries", "id");

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override TimeSpan Lease => options.Value.Lease;

    protected override DbSet<WebhookDelivery> Rows(InsightsDbContext db) => db.WebhookDeliveries;

    protected override Task IdleAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, cancellationToken);

    protected override async Task RunAsync(WebhookDelivery claimed, CancellationToken stoppingToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
        var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == claimed.Id, stoppingToken);
        var endpoint = delivery is null ? null : await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == delivery.EndpointId, stoppingToken);
        if (delivery is null || endpoint is null)
        {
            // The endpoint was deleted (with its deliveries) after the claim.
            return;
        }
        if (!endpoint.Enabled)
        {
            End(delivery, WebhookDeliveryStatus.Failed, $"Not sent: the endpoint is disabled. {endpoint.DisabledReason}".Trim());
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        var replay = delivery.RetryStep == 0 && delivery.Attempts > 0;
        var result = await sender.SendAsync(endpoint, delivery, stoppingToken);
        var now = Clock.GetUtcNow();
        db.WebhookAttempts.Add(new WebhookAttempt
        {
            Id = Guid.CreateVersion7(),
            TenantId = delivery.TenantId,
            DeliveryId = delivery.Id,
            AttemptedAt = now,
            StatusCode = result.StatusCode,
            Succeeded = result.Succeeded,
            Error = Clip(result.Error),
            DurationMs = (int)Math.Min(int.MaxValue, result.Duration.TotalMilliseconds),
            Replay = replay,
        });
        delivery.Attempts++;
        delivery.RetryStep++;
        delivery.LastAttemptAt = now;
        delivery.LastStatusCode = result.StatusCode;
        delivery.LastError = result.Error;
        if (result.Succeeded)
        {
            delivery.DeliveredAt = now;
            End(delivery, WebhookDeliveryStatus.Succeeded, null);
            endpoint.FailingSince = null;
        }
        else
        {
            endpoint.FailingSince ??= now;
            if (now - endpoint.FailingSince >= options.Value.DisableAfter)
            {
                Disable(endpoint, now, result.Error);
                End(delivery, WebhookDeliveryStatus.Failed, result.Error);
            }
            else if (options.Value.DelayAfter(delivery.RetryStep) is { } delay)
            {
                delivery.Status = WebhookDeliveryStatus.Pending;
                delivery.NextRunAt = now + delay;
                delivery.LeaseOwner = null;
                delivery.LeaseExpiresAt = null;
            }
            else
            {
                End(delivery, WebhookDeliveryStatus.Failed, result.Error);
            }
        }
        endpoint.UpdatedAt = now;
        await db.SaveChangesAsync(CancellationToken.None);
        Logger.LogInformation(
            "Webhook delivery {DeliveryId} of {EventType} to endpoint {EndpointId}: attempt {Attempt} {Outcome} ({StatusCode})",
            delivery.Id, delivery.EventType, endpoint.Id, delivery.Attempts, delivery.Status, result.StatusCode);
    }

    private void Disable(WebhookEndpoint endpoint, DateTimeOffset now, string? lastError)
    {
        endpoint.Enabled = false;
        endpoint.DisabledAt = now;
        endpoint.DisabledReason = Clip(
            $"Disabled automatically: every delivery attempt failed since {endpoint.FailingSince:u} ({(now - endpoint.FailingSince!.Value).TotalDays:0.#} days). Last: {lastError}");
        Logger.LogWarning("Webhook endpoint {EndpointId} disabled after failing since {FailingSince}", endpoint.Id, endpoint.FailingSince);
    }

    private static void End(WebhookDelivery delivery, string status, string? error)
    {
        delivery.Status = status;
        delivery.LastError = error;
        delivery.NextRunAt = WebhookDelivery.Never;
        delivery.LeaseOwner = null;
        delivery.LeaseExpiresAt = null;
    }

    private static string? Clip(string? text) => text is { Length: > 2000 } ? text[..2000] : text;
}
