using AdFlux.Ads.Creatives.Copy;

namespace AdFlux.Ads.Tests.Creatives;

public sealed class CopyRulesTests
{
    private static readonly PlatformCopyLimits Google = CopyLimits.For("google")!;

    [Fact]
    public void Copy_within_the_limits_with_a_known_call_to_action_passes() =>
        Assert.Empty(CopyRules.Violations(new CopyDraft(new string('h', 30), new string('p', 90), "learn_more"), Google, ["cheap"]));

    [Fact]
    public void Each_field_over_its_limit_is_named_with_its_length()
    {
        var reasons = CopyRules.Violations(new CopyDraft(new string('h', 31), new string('p', 91), "learn_more"), Google, []);

        Assert.Equal(["headline has 31 characters; the limit is 30.", "primaryText has 91 characters; the limit is 90."], reasons);
    }

    [Fact]
    public void Banned_words_match_whole_words_in_any_case_only()
    {
        Assert.Single(CopyRules.Violations(new CopyDraft("CHEAP seats", "Great seats", "learn_more"), Google, ["cheap"]));
        Assert.Empty(CopyRules.Violations(new CopyDraft("Cheapest seats", "Great seats", "learn_more"), Google, ["cheap"]));
    }

    [Fact]
    public void An_empty_field_and_an_unknown_call_to_action_are_violations()
    {
        var reasons = CopyRules.Violations(new CopyDraft("", "Text", "buy_it"), Google, []);

        Assert.Equal(2, reasons.Count);
        Assert.Contains("headline is empty.", reasons);
    }
}
