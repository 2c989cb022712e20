using AdFlux.Testing;
using Microsoft.AspNetCore.Hosting;

namespace AdFlux.Ledger.Tests;

public sealed class OutboxRetentionTests
{
    [Fact]
    public async Task Sent_outbox_rows_and_old_inbox_rows_are_purged_while_unsent_rows_and_recent_inbox_rows_stay()
    {
        await using var messaging = await Messaging.CreateAsync();
        var video = messaging.Video(host: host =>
        {
            host.UseSetting("Outbox:SentRetention", "00:00:01");
            host.UseSetting("Outbox:InboxRetention", "1.00:00:00");
            host.UseSetting("Outbox:PurgeInterval", "00:00:00.200");
        });
        var tenant = Guid.NewGuid();
        await Messaging.WriteAsync(video, Enumerable.Range(0, 20).Select(i => TestEvents.VideoUploaded(tenant, $"v{i}.mp4")));
        await Eventually.WaitAsync(
            () => messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"), n => n == 0);
        // A row that can never be published (its type is unknown here) stays unsent, however old.
        await messaging.ScalarAsync(messaging.VideoDatabase, """
            INSERT INTO outbox_messages (event_id, message_type, payload, occurred_at, attempts, created_at)
            VALUES (gen_random_uuid(), 'Nowhere.Unknown, Nowhere', '{}', now() - interval '90 days', 10, now() - interval '90 days')
            """);
        await messaging.ScalarAsync(messaging.VideoDatabase, """
            INSERT INTO inbox_messages (message_id, consumer, handled_at) VALUES
                (gen_random_uuid(), 'old', now() - interval '40 days'),
                (gen_random_uuid(), 'recent', now() - interval '1 hour')
            """);

        var outbox = await Eventually.WaitAsync(
            () => messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages"), n => n == 1);
        // Video consumes its own VideoUploaded, so its inbox also holds today's rows of those; only the two planted rows are judged.
        var inbox = await Eventually.WaitAsync(
            () => messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM inbox_messages WHERE consumer IN ('old', 'recent')"), n => n == 1);

        Assert.Equal(1, outbox);
        Assert.Equal(1, await messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"));
        Assert.Equal(1, inbox);
        Assert.Equal(1, await messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM inbox_messages WHERE consumer = 'recent'"));
    }
}
