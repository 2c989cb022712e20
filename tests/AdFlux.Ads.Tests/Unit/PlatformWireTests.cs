using AdFlux.Ads.Domain;
using AdFlux.Ads.Platforms.Google;
using AdFlux.Ads.Platforms.Meta;
using AdFlux.ServiceDefaults.Money;

namespace AdFlux.Ads.Tests.Unit;

public sealed class PlatformWireTests
{
    [Fact]
    public void Metas_business_use_case_usage_header_gives_the_highest_percent_and_the_wait()
    {
        var usage = MetaUsage.Parse("""
            {"112233":[{"type":"ads_management","call_count":28,"total_cputime":97,"total_time":40,"estimated_time_to_regain_access":0}],
             "445566":[{"type":"ads_insights","call_count":5,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":12}]}
            """);

        Assert.Equal(new MetaUsage(97, 12), usage);
        Assert.Null(MetaUsage.Parse(null));
        Assert.Null(MetaUsage.Parse("not json"));
    }

    [Fact]
    public void A_throttled_Meta_account_waits_and_then_calls_again()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        var throttle = new MetaThrottle(clock);

        throttle.Observe("1", new MetaUsage(40, 0), ceilingPercent: 95);
        Assert.Null(throttle.WaitFor("1"));
        throttle.Observe("1", new MetaUsage(100, 3), ceilingPercent: 95);
        Assert.Equal(TimeSpan.FromMinutes(3), throttle.WaitFor("1"));
        Assert.Null(throttle.WaitFor("2"));
        clock.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        Assert.Null(throttle.WaitFor("1"));
    }

    [Theory]
    [InlineData(400, """{"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":1487390,"error_user_msg":"Bad targeting","fbtrace_id":"x"}}""", "100/1487390", false, "Bad targeting")]
    [InlineData(400, """{"error":{"message":"User request limit reached","type":"OAuthException","code":17,"fbtrace_id":"x"}}""", "17", true, "User request limit reached")]
    [InlineData(500, """{"error":{"message":"Unexpected","code":2,"is_transient":true}}""", "2", true, "Unexpected")]
    public void Meta_errors_become_platform_errors_with_Metas_code(int status, string body, string code, bool transient, string message)
    {
        var error = MetaAdsClient.Failure(status, body, null);

        Assert.Equal((code, transient, message), (error.Code, error.Transient, error.PlatformMessage));
    }

    [Fact]
    public void Google_errors_name_the_GoogleAdsFailure_code_and_honour_a_quota_retry_delay()
    {
        var refused = GoogleAdsClient.Failure(400, """
            {"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.ads.googleads.v21.errors.GoogleAdsFailure",
             "errors":[{"errorCode":{"campaignBudgetError":"MONEY_AMOUNT_TOO_SMALL"},"message":"Too small."}],"requestId":"r1"}]}}
            """);
        var quota = GoogleAdsClient.Failure(429, """
            {"error":{"code":429,"message":"Resource has been exhausted","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.ads.googleads.v21.errors.GoogleAdsFailure",
             "errors":[{"errorCode":{"quotaError":"RESOURCE_EXHAUSTED"},"message":"Too many requests.","details":{"quotaErrorDetails":{"rateScope":"ACCOUNT","rateName":"Requests","retryDelay":"30s"}}}]}]}}
            """);

        Assert.Equal(("campaignBudgetError.MONEY_AMOUNT_TOO_SMALL", false, "Too small."), (refused.Code, refused.Transient, refused.PlatformMessage));
        Assert.True(refused.Refused);
        Assert.Equal(("quotaError.RESOURCE_EXHAUSTED", true, TimeSpan.FromSeconds(30)), (quota.Code, quota.Transient, quota.RetryAfter));
    }

    [Theory]
    [InlineData(5_000, "USD", 50_000_000)]
    [InlineData(5_000, "JPY", 5_000_000_000)]
    [InlineData(5_000, "KWD", 5_000_000)]
    public void Minor_units_convert_to_Googles_micros_by_the_currencys_exponent(long minor, string currency, long micros) =>
        Assert.Equal(micros, Currencies.MinorToMicros(minor, currency));
}
