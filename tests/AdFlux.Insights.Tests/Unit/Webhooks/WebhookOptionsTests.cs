using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Tests.Unit.Webhooks;

public sealed class WebhookOptionsTests
{
    [Fact]
    public void The_default_schedule_is_the_standard_webhooks_one_and_ends_after_about_a_day()
    {
        var options = new WebhookOptions();
        var delays = Enumerable.Range(1, 8).Select(options.DelayAfter).ToList();
        Assert.Equal(
            new TimeSpan?[] { TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10), null },
            delays);
    }

    [Fact]
    public void A_configured_schedule_replaces_the_default()
    {
        var options = new WebhookOptions { RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)] };
        Assert.Equal(TimeSpan.FromSeconds(2), options.DelayAfter(2));
        Assert.Null(options.DelayAfter(3));
    }
}
