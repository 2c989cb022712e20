using System.Diagnostics;
using System.Text.Json;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>
/// Publishes committed outbox rows: claims a batch of unsent rows in id order with
/// <c>FOR UPDATE SKIP LOCKED</c> (a second instance takes the next batch instead of the
/// same one), publishes them with publisher confirms, and marks them sent in the same
/// transaction. A crash before that commit leaves the rows unsent, so the next start
/// publishes them again: delivery is at least once, and consumers drop repeats by EventId.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    DatabaseState<TContext> database,
    OutboxSignal<TContext> signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private static readonly ActivitySource Source = new(TelemetrySources.AdFlux);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        var settings = options.Value;
        var backoff = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await DispatchBatchAsync(settings, stoppingToken);
                backoff = TimeSpan.FromMilliseconds(100);
                if (claimed < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Outbox dispatch failed ({Error}); retrying in {Delay}", ex.GetBaseException().Message, backoff);
                await Task.Delay(backoff, clock, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.MaxBackoff.Ticks));
            }
        }
    }

    private async Task<int> DispatchBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var bus = scope.ServiceProvider.GetRequiredService<IBus>();
        var source = scope.ServiceProvider.GetRequiredService<BusIdentity>().ServiceName;
        var topology = scope.ServiceProvider.GetRequiredService<TopologyDeployer>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL AND attempts < {settings.MaxAttempts}
                ORDER BY id LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var publishable = new List<(OutboxMessage Row, object Message, Type Type)>(batch.Count);
        var poisoned = new List<(OutboxMessage Row, string Error)>();
        foreach (var row in batch)
        {
            if (TryRead(row, out var message, out var type, out var error))
            {
                publishable.Add((row, message, type));
            }
            else
            {
                poisoned.Add((row, error));
            }
        }

        try
        {
            // WaitAsync, not only the token: a broker call in flight when the broker goes away can wait for
            // its reply forever whatever the token says (rabbitmq-dotnet-client#1930); the batch is retried.
            await PublishAllAsync(bus, topology, source, publishable, settings.PublishTimeout, cancellationToken)
                .WaitAsync(settings.PublishTimeout, cancellationToken);
        }
        catch
        {
            topology.Invalidate();
            throw;
        }
        var sent = publishable.Select(p => p.Row).ToList();
        foreach (var observer in scope.ServiceProvider.GetServices<IOutboxDispatchObserver>())
        {
            await observer.PublishedAsync(sent, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var sentIds = sent.Select(r => r.Id).ToList();
        await db.Set<OutboxMessage>().Where(m => sentIds.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), cancellationToken);
        foreach (var (row, error) in poisoned)
        {
            logger.LogError("Outbox message {EventId} of type {MessageType} cannot be published: {Error}", row.EventId, row.MessageType, error);
            await db.Set<OutboxMessage>().Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, error), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogDebug("Outbox published {Count} messages", sent.Count);
        return batch.Count;
    }

    private static async Task PublishAllAsync(
        IBus bus, TopologyDeployer topology, string source, List<(OutboxMessage Row, object Message, Type Type)> publishable,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        await topology.EnsureDeployedAsync(timeoutSource.Token);
        // Started in id order on one bus; confirms are awaited together so a batch costs one round of broker latency.
        await Task.WhenAll(publishable.Select(p => PublishAsync(bus, source, p.Row, p.Message, p.Type, timeoutSource.Token)));
    }

    private static bool TryRead(OutboxMessage row, out object message, out Type type, out string error)
    {
        message = null!;
        error = "";
        type = OutboxMessageTypes.Resolve(row.MessageType)!;
        if (type is null)
        {
            error = $"type '{row.MessageType}' is not known to this service";
            return false;
        }
        try
        {
            message = JsonSerializer.Deserialize(row.Payload, type, OutboxMessageTypes.Json)
                ?? throw new JsonException("payload is null");
            return true;
        }
        catch (JsonException ex)
        {
            error = $"payload does not read as {type.Name}: {ex.Message}";
            return false;
        }
    }

    private static async Task PublishAsync(IBus bus, string source, OutboxMessage row, object message, Type type, CancellationToken cancellationToken)
    {
        // Continue the trace of the request that wrote the row; MassTransit's send activity becomes our child.
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = Source.StartActivity($"outbox publish {type.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", row.EventId);
        await bus.Publish(message, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = row.EventId;
            context.CorrelationId = row.CorrelationId;
            context.InitiatorId = row.CausationId;
            context.Durable = true;
            context.Headers.Set(AdFluxHeaders.SourceService, source);
        }), cancellationToken);
    }
}
