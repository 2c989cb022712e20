using System.Net;
using System.Net.Http.Headers;
using AdFlux.ServiceDefaults.Resilience;

namespace AdFlux.ServiceDefaults.Tests;

public sealed class RetryAfterTests
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_delay_in_seconds_is_used_as_given()
    {
        using var response = Response(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(response, _clock, Max));
    }

    [Fact]
    public void An_http_date_is_turned_into_the_time_left_until_it()
    {
        using var response = Response(new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(12)));

        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfter.From(response, _clock, Max));
    }

    [Fact]
    public void A_date_in_the_past_means_retry_now()
    {
        using var response = Response(new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(-5)));

        Assert.Equal(TimeSpan.Zero, RetryAfter.From(response, _clock, Max));
    }

    [Fact]
    public void A_delay_longer_than_the_limit_is_not_waited_for()
    {
        using var response = Response(new RetryConditionHeaderValue(TimeSpan.FromMinutes(10)));

        Assert.Null(RetryAfter.From(response, _clock, Max));
    }

    [Fact]
    public void No_header_leaves_the_backoff_to_the_pipeline()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(RetryAfter.From(response, _clock, Max));
    }

    private static HttpResponseMessage Response(RetryConditionHeaderValue retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
