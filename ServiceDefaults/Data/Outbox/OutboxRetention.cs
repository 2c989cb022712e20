using AdFlux.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>
/// Keeps the outbox and inbox from growing without end: sent outbox rows older than
/// <see cref="OutboxOptions.SentRetention"/> and inbox rows older than
/// <see cref="OutboxOptions.InboxRetention"/> are deleted in chunks, every
/// <see cref="OutboxOptions.PurgeInterval"/>. Unsent rows are never touched. The inbox is kept
/// far longer than any redelivery can take, so deduplication is unaffected.
/// </summary>
internal sealed class OutboxRetention<TContext>(
    IServiceScopeFactory scopes,
    DatabaseState<TContext> database,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRetention<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private const int ChunkSize = 10_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (outbox, inbox) = await PurgeAsync(settings, stoppingToken);
                if (outbox + inbox > 0)
                {
                    logger.LogInformation("Purged {Outbox} sent outbox rows and {Inbox} inbox rows past retention", outbox, inbox);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Outbox purge failed ({Error}); trying again in {Interval}", ex.GetBaseException().Message, settings.PurgeInterval);
            }
            await Task.Delay(settings.PurgeInterval, clock, stoppingToken);
        }
    }

    private async Task<(int Outbox, int Inbox)> PurgeAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var sentBefore = now - settings.SentRetention;
        var handledBefore = now - settings.InboxRetention;
        int outbox = 0, inbox = 0, deleted;
        // Rows are sent in id order, so the oldest sent rows sit at the front of the primary key:
        // walking it in order finds them without an index on sent_at.
        do
        {
            deleted = await db.Database.ExecuteSqlAsync($"""
                DELETE FROM outbox_messages WHERE id IN (
                    SELECT id FROM outbox_messages WHERE sent_at < {sentBefore} ORDER BY id LIMIT {ChunkSize})
                """, cancellationToken);
            outbox += deleted;
        }
        while (deleted == ChunkSize);
        do
        {
            deleted = await db.Database.ExecuteSqlAsync($"""
                DELETE FROM inbox_messages WHERE (message_id, consumer) IN (
                    SELECT message_id, consumer FROM inbox_messages WHERE handled_at < {handledBefore} LIMIT {ChunkSize})
                """, cancellationToken);
            inbox += deleted;
        }
        while (deleted == ChunkSize);
        return (outbox, inbox);
    }
}
