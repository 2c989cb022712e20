using AdFlux.Web.Ingest;

namespace AdFlux.Web.Tests.Unit;

public sealed class SourceHealthTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 15, 20, 0, TimeSpan.Zero);

    private static SourceHealth Webhook(DateTimeOffset? last, Dictionary<string, long>? rejections = null) =>
        new("youtube-metrics", last, 0, last is null ? 0 : 1, 0, rejections ?? [], null, null, null, null, null, null, null, null);

    private static SourceHealth Pulled(DateTimeOffset? last, string? outcome, string? error = null, string credential = "ok") =>
        new("youtube-api/UC1", null, 0, 0, 0, new Dictionary<string, long>(), null, last, outcome, Guid.NewGuid(), error, At.AddDays(1), credential, null);

    [Fact]
    public void A_webhook_source_is_silent_until_it_delivers_and_rejecting_while_deliveries_are_refused()
    {
        Assert.Equal("silent", Webhook(null).State);
        Assert.Equal("flowing", Webhook(At).State);
        Assert.Equal("rejecting", Webhook(At, new() { ["invalid_signature"] = 2 }).State);
        Assert.Equal(2, Webhook(null, new() { ["invalid_signature"] = 1, ["stale_timestamp"] = 1 }).Rejections);
        Assert.False(Webhook(At).IsPulled);
    }

    [Fact]
    public void A_pulled_source_fails_on_a_failed_pull_or_a_refused_credential()
    {
        Assert.Equal("silent", Pulled(null, null).State);
        Assert.Equal("flowing", Pulled(At, "succeeded").State);
        Assert.Equal("failing", Pulled(At, "failed", "quota exceeded").State);
        Assert.Equal("failing", Pulled(At, "succeeded", credential: SourceHealth.NeedsAttention).State);
        Assert.True(Pulled(At, "succeeded").IsPulled);
    }
}
