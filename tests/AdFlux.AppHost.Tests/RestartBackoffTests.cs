using AdFlux.AppHost.Resources.Local;

namespace AdFlux.AppHost.Tests;

public sealed class RestartBackoffTests
{
    [Fact]
    public void Delays_double_from_one_second_up_to_thirty()
    {
        var backoff = new RestartBackoff();

        var delays = Enumerable.Range(0, 7).Select(_ => backoff.Next().TotalSeconds).ToArray();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], delays);
    }

    [Fact]
    public void A_run_that_stayed_healthy_long_enough_resets_the_delay_and_a_short_one_does_not()
    {
        var backoff = new RestartBackoff();
        backoff.Next();
        backoff.Next();

        backoff.RecordHealthyFor(RestartBackoff.StableAfter - TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(4), backoff.Next());

        backoff.RecordHealthyFor(RestartBackoff.StableAfter);
        Assert.Equal(RestartBackoff.First, backoff.Next());
    }
}
