using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Tests.Unit.Webhooks;

public sealed class WebhookSignatureTests
{
    // The Standard Webhooks libraries' test vector; the reference library (npm standardwebhooks 1.1.1) signs these inputs the same.
    [Fact]
    public void The_signature_matches_the_specs_test_vector()
    {
        var signature = WebhookSignature.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}""");
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void Any_change_to_id_timestamp_body_or_secret_changes_the_signature()
    {
        var secret = WebhookSecret.New();
        var signed = WebhookSignature.Sign(secret, "msg_1", 1700000000, "{}");
        Assert.NotEqual(signed, WebhookSignature.Sign(secret, "msg_2", 1700000000, "{}"));
        Assert.NotEqual(signed, WebhookSignature.Sign(secret, "msg_1", 1700000001, "{}"));
        Assert.NotEqual(signed, WebhookSignature.Sign(secret, "msg_1", 1700000000, "{ }"));
        Assert.NotEqual(signed, WebhookSignature.Sign(WebhookSecret.New(), "msg_1", 1700000000, "{}"));
    }

    [Fact]
    public void A_new_secret_is_whsec_and_32_random_bytes()
    {
        var secret = WebhookSecret.New();
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, WebhookSecret.KeyOf(secret).Length);
        Assert.NotEqual(secret, WebhookSecret.New());
    }
}
