using System.Text.Json.Nodes;
using AdFlux.Ads.Creatives.Copy;
using AdFlux.ServiceDefaults.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdFlux.Ads.Tests.Creatives;

public sealed class CopyGeneratorTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private CopyGenerator Generator(ChatProviderOptions? options = null, Func<HttpMessageHandler, DelegatingHandler>? wrap = null)
    {
        options ??= new ChatProviderOptions { SandboxEndpoint = new Uri(fixture.Root, "v1").ToString() };
        return new CopyGenerator(new ChatClients(new SandboxHttpClients(fixture, wrap), new FixedOptionsMonitor<ChatProviderOptions>(options)), NullLogger<CopyGenerator>.Instance);
    }

    private static CopyBrief Brief(string brief, params string[] banned) =>
        new(["meta", "google", "tiktok"], brief, "warm and direct", banned, "en");

    [Fact]
    public async Task Copy_for_each_platform_keeps_its_limits_and_says_the_sandbox_wrote_it()
    {
        var result = await Generator().GenerateAsync(Brief("Summer tour tickets on sale now for the whole family, every city and every stage"), CancellationToken.None);

        Assert.Equal(new ChatProvider("sandbox", "adflux-sandbox", true), result.Provider);
        Assert.Equal(["meta", "google", "tiktok"], result.Platforms.Select(p => p.Platform));
        foreach (var copy in result.Platforms)
        {
            Assert.False(copy.Flagged, string.Join(" ", copy.Reasons));
            Assert.Equal(1, copy.Attempts);
            Assert.InRange(copy.Headline.Length, 1, copy.Limits.HeadlineMax);
            Assert.InRange(copy.PrimaryText.Length, 1, copy.Limits.PrimaryTextMax);
            Assert.Contains(copy.CallToAction, copy.Limits.CallsToAction);
            Assert.True(copy.InputTokens > 0 && copy.OutputTokens > 0);
        }
        Assert.Equal(30, result.Platforms.Single(p => p.Platform == "google").Limits.HeadlineMax);
        Assert.Equal(result.Platforms.Sum(p => p.InputTokens), result.Usage.InputTokens);
        Assert.Equal(0m, result.Usage.Cost);
    }

    [Fact]
    public async Task Over_long_copy_is_regenerated_once_and_the_second_answer_is_kept()
    {
        var result = await Generator().GenerateAsync(Brief("Vinyl reissue of the debut album [overlong-once]"), CancellationToken.None);

        Assert.All(result.Platforms, copy =>
        {
            Assert.Equal(2, copy.Attempts);
            Assert.False(copy.Flagged);
            Assert.True(copy.Headline.Length <= copy.Limits.HeadlineMax);
        });
    }

    [Fact]
    public async Task Copy_still_over_the_limit_after_the_retry_is_flagged_with_the_reason()
    {
        var result = await Generator().GenerateAsync(Brief("Vinyl reissue of the debut album [overlong]"), CancellationToken.None);

        var google = result.Platforms.Single(p => p.Platform == "google");
        Assert.True(google.Flagged);
        Assert.Equal(2, google.Attempts);
        Assert.Contains(google.Reasons, r => r.StartsWith("headline has ", StringComparison.Ordinal) && r.EndsWith("the limit is 30.", StringComparison.Ordinal));
        Assert.True(google.Headline.Length > 30);
    }

    [Fact]
    public async Task A_banned_word_the_model_keeps_using_flags_the_copy()
    {
        var result = await Generator().GenerateAsync(Brief("Cheap tickets for the arena show", "cheap"), CancellationToken.None);

        Assert.All(result.Platforms, copy =>
        {
            Assert.True(copy.Flagged);
            Assert.Contains(copy.Reasons, r => r.Contains("banned word 'cheap'", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task A_banned_word_dropped_on_the_retry_passes()
    {
        var result = await Generator().GenerateAsync(Brief("Tickets for the arena show [say-once:cheap]", "cheap"), CancellationToken.None);

        Assert.All(result.Platforms, copy =>
        {
            Assert.Equal(2, copy.Attempts);
            Assert.False(copy.Flagged);
            Assert.DoesNotContain("cheap", copy.Headline + copy.PrimaryText, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task A_configured_endpoint_that_turns_out_to_be_the_sandbox_is_still_reported_as_the_sandbox()
    {
        var options = new ChatProviderOptions { Endpoint = new Uri(fixture.Root, "v1").ToString(), ApiKey = "sk-test", Model = "gpt-4o-mini" };
        var result = await Generator(options).GenerateAsync(Brief("Arena show") with { Platforms = ["meta"] }, CancellationToken.None);

        Assert.True(result.Provider.IsSandbox);
        Assert.Equal("sandbox", result.Provider.Name);
        Assert.Equal(0m, result.Usage.Cost);
    }

    [Fact]
    public async Task Cost_comes_from_the_price_table_of_the_model_that_answered()
    {
        var options = new ChatProviderOptions
        {
            Endpoint = new Uri(fixture.Root, "v1").ToString(),
            ApiKey = "sk-test",
            Model = "gpt-4o-mini",
            Prices = { ["gpt-4o-mini"] = new ModelPrice { InputPerMillionTokens = 0.15m, OutputPerMillionTokens = 0.60m } },
        };
        // A provider's answer: the same wire format with its own dated model id.
        var result = await Generator(options, inner => new ModelRenaming("gpt-4o-mini-2024-07-18") { InnerHandler = inner })
            .GenerateAsync(Brief("Arena show") with { Platforms = ["meta"] }, CancellationToken.None);

        Assert.False(result.Provider.IsSandbox);
        Assert.Equal("localhost", result.Provider.Name);
        Assert.Equal("gpt-4o-mini-2024-07-18", result.Provider.Model);
        var expected = decimal.Round((result.Usage.InputTokens * 0.15m + result.Usage.OutputTokens * 0.60m) / 1_000_000m, 6);
        Assert.Equal(expected, result.Usage.Cost);
        Assert.Equal("USD", result.Usage.Currency);
    }

    [Fact]
    public async Task With_no_provider_and_no_sandbox_nothing_is_made_up()
    {
        var failed = await Assert.ThrowsAsync<ChatProviderException>(() => Generator(new ChatProviderOptions()).GenerateAsync(Brief("Arena show"), CancellationToken.None));

        Assert.True(failed.NotConfigured);
        Assert.Contains("Ads:Copy:Endpoint", failed.Message, StringComparison.Ordinal);
    }

    private sealed class ModelRenaming(string model) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
            body["model"] = model;
            body["system_fingerprint"] = "fp_test";
            response.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            return response;
        }
    }

    [Fact]
    public async Task Copy_breaking_the_brands_tone_rules_is_regenerated_once_then_flagged_with_the_tone_reason()
    {
        var formal = new ToneRules(Formality: ToneRules.Formal);
        var fixedOnRetry = await Generator().GenerateAsync(
            new CopyBrief(["meta"], "Nuevo disco en vinilo [say-once:tú]", null, [], "es", formal), CancellationToken.None);
        var stillWrong = await Generator().GenerateAsync(
            new CopyBrief(["meta"], "Nuevo disco en vinilo [say:tú]", null, [], "es", formal), CancellationToken.None);

        var fixedCopy = Assert.Single(fixedOnRetry.Platforms);
        Assert.Equal(2, fixedCopy.Attempts);
        Assert.False(fixedCopy.Flagged, string.Join(" ", fixedCopy.Reasons));
        var flagged = Assert.Single(stillWrong.Platforms);
        Assert.Equal(2, flagged.Attempts);
        Assert.True(flagged.Flagged);
        Assert.Contains("tone: headline uses 'Tú'; the brand addresses the reader as usted (formal).", flagged.Reasons);
    }
}
