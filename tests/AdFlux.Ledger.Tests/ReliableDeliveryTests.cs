using AdFlux.Contracts;
using AdFlux.Ledger.Verification;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Ledger.Tests;

public sealed class ReliableDeliveryTests
{
    [Fact]
    public async Task Events_published_before_the_ledger_ever_ran_are_not_lost()
    {
        await using var messaging = await Messaging.CreateAsync();
        var video = messaging.Video();
        var tenant = Guid.NewGuid();
        var events = Enumerable.Range(0, 200).Select(i => (IIntegrationEvent)TestEvents.VideoUploaded(tenant, $"v{i}.mp4")).ToList();

        await Messaging.WriteAsync(video, events);
        var unsent = await Eventually.WaitAsync(
            () => messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"), n => n == 0);
        Assert.Equal(0, unsent);

        var ledger = await messaging.StartLedgerAsync();
        var rows = await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= 200);

        Assert.Equal(200, rows);
        await using var scope = ledger.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(tenant, CancellationToken.None);
        Assert.Equal(new ChainVerification(true, 200, null, 0, null), verification);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_is_recorded_once()
    {
        await using var messaging = await Messaging.CreateAsync();
        var consumes = new CompletedConsumes();
        var ledger = await messaging.StartLedgerAsync(services => services.AddConsumeObserver(_ => consumes));
        var bus = ledger.Services.GetRequiredService<IBus>();
        var duplicated = TestEvents.VideoUploaded(Guid.NewGuid());
        // Publishing straight from a test skips the outbox, so declare the ledger's queue as the outbox would.
        await ledger.Services.GetRequiredService<TopologyDeployer>().EnsureDeployedAsync(CancellationToken.None);

        await bus.Publish(duplicated);
        await bus.Publish(duplicated);
        await Eventually.WaitAsync(() => Task.FromResult(consumes.Of(duplicated.EventId)), n => n >= 2);

        Assert.Equal(2, consumes.Of(duplicated.EventId));
        Assert.Equal(1, await messaging.LedgerRowsAsync());
        Assert.Equal(1, await messaging.ScalarAsync(messaging.LedgerDatabase, "SELECT count(*) FROM inbox_messages"));
    }

    [Fact]
    public async Task A_service_killed_after_publishing_but_before_marking_sent_delivers_the_event_to_the_ledger_exactly_once()
    {
        await using var messaging = await Messaging.CreateAsync();
        var consumes = new CompletedConsumes();
        await messaging.StartLedgerAsync(services => services.AddConsumeObserver(_ => consumes));
        var crash = new CrashAfterPublish();
        var doomed = messaging.Video(services => services.AddSingleton<IOutboxDispatchObserver>(crash));
        var uploaded = TestEvents.VideoUploaded(Guid.NewGuid());

        await Messaging.WriteAsync(doomed, [uploaded]);
        await crash.Published;
        await doomed.DisposeAsync();
        Assert.Equal(1, await messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"));

        var restarted = messaging.Video();
        _ = restarted.Services;
        await Eventually.WaitAsync(() => Task.FromResult(consumes.Of(uploaded.EventId)), n => n >= 2);
        var unsent = await Eventually.WaitAsync(
            () => messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"), n => n == 0);

        Assert.Equal(0, unsent);
        Assert.Equal(2, consumes.Of(uploaded.EventId));
        Assert.Equal(1, await messaging.LedgerRowsAsync());
    }

    /// <summary>
    /// A real process (this assembly as <see cref="CommitThenHangHost"/>) commits the event and is
    /// killed with SIGKILL before it could publish. A restarted instance publishes it from the outbox;
    /// the ledger consumes it exactly once (a doubled publish, which the ledger's unique index would
    /// hide in the row count, shows in the consume count), and the row is marked sent.
    /// </summary>
    [Fact]
    public async Task A_service_killed_between_commit_and_publish_publishes_after_restart_and_the_ledger_records_it_once()
    {
        await using var messaging = await Messaging.CreateAsync();
        var consumes = new CompletedConsumes();
        await messaging.StartLedgerAsync(services => services.AddConsumeObserver(_ => consumes));
        var uploaded = TestEvents.VideoUploaded(Guid.NewGuid());
        var nowhere = $"amqp://guest:guest@127.0.0.1:{AppHost.Infrastructure.FreePort.Pick()}/";
        using (var child = ChildHosts.Start(CommitThenHangHost.Command,
            messaging.Infrastructure.Postgres.ConnectionStringFor(messaging.VideoDatabase), nowhere, uploaded.EventId.ToString(), uploaded.TenantId.ToString()))
        {
            try
            {
                await ChildHosts.WaitForLineAsync(child, CommitThenHangHost.CommittedLine, TimeSpan.FromMinutes(2));
                Assert.True(AppHost.Infrastructure.Posix.Signal(child.Id, AppHost.Infrastructure.Posix.SigKill));
                await child.WaitForExitAsync();
                Assert.Equal(128 + AppHost.Infrastructure.Posix.SigKill, child.ExitCode);
            }
            finally
            {
                if (!child.HasExited)
                {
                    child.Kill();
                }
            }
        }
        Assert.Equal(1, await messaging.ScalarAsync(messaging.VideoDatabase,
            $"SELECT count(*) FROM outbox_messages WHERE event_id = '{uploaded.EventId}' AND sent_at IS NULL"));
        Assert.Equal(0, await messaging.LedgerRowsAsync());

        var restarted = messaging.Video();
        _ = restarted.Services;
        await Eventually.WaitAsync(() => Task.FromResult(consumes.Of(uploaded.EventId)), n => n >= 1);
        // A fence: an event published after it has been consumed too, so a second copy would have arrived by now.
        var fence = TestEvents.VideoUploaded(uploaded.TenantId);
        await Messaging.WriteAsync(restarted, [fence]);
        await Eventually.WaitAsync(() => Task.FromResult(consumes.Of(fence.EventId)), n => n >= 1);

        Assert.Equal(1, consumes.Of(uploaded.EventId));
        Assert.Equal(0, await messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"));
        Assert.Equal(1, await messaging.ScalarAsync(messaging.LedgerDatabase, $"SELECT count(*) FROM ledger_events WHERE event_id = '{uploaded.EventId}'"));
    }

    private sealed class CrashAfterPublish : IOutboxDispatchObserver
    {
        private readonly TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Published => _published.Task;

        public async Task PublishedAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
        {
            _published.TrySetResult();
            // Hold the batch uncommitted until the host stops: the process "dies" here.
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
