using AdFlux.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Middleware;
using MassTransit.RabbitMqTransport;
using RabbitMQ.Client.Exceptions;

namespace AdFlux.ServiceDefaults.Tests;

public sealed class ReceiveTransportRetryTests
{
    [Fact]
    public void A_lost_receive_transport_reconnects_at_a_steady_interval_however_many_times_the_broker_went_away()
    {
        var policy = InstalledPolicy();
        var lost = new RabbitMqConnectionException("Broker unreachable: guest@127.0.0.1:5672/");

        Assert.True(policy.CreatePolicyContext(new TransportStopping()).CanRetry(lost, out var retry));
        var delays = new List<TimeSpan?> { retry.Delay };
        for (var outage = 0; outage < 40; outage++)
        {
            Assert.True(retry.CanRetry(lost, out retry));
            delays.Add(retry.Delay);
        }

        Assert.All(delays, delay => Assert.Equal(ReceiveTransportRetry.Interval, delay));
    }

    [Fact]
    public void Failures_MassTransit_does_not_retry_are_still_not_retried()
    {
        var policy = InstalledPolicy();

        Assert.False(policy.IsHandled(new AuthenticationFailureException("ACCESS_REFUSED")));
        Assert.True(policy.IsHandled(new RabbitMqConnectionException("Connect failed")));
    }

    private static IRetryPolicy InstalledPolicy()
    {
        IRetryPolicy? installed = null;
        Bus.Factory.CreateUsingRabbitMq(rabbit => installed = ReceiveTransportRetry.Apply(rabbit));
        return installed!;
    }

    private sealed class TransportStopping : BasePipeContext;
}
