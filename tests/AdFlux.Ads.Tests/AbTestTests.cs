using System.Net;
using AdFlux.Ads.AbTests;
using AdFlux.Ads.Api;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Tests;

[Collection(AdsCollection.Name)]
public sealed class AbTestTests(AdsWorld world)
{
    [Fact]
    public async Task A_test_concludes_only_at_the_planned_sample_and_announces_its_winner_once()
    {
        var profile = await world.NewClientProfileAsync();
        var campaign = await Drafts.FullDraftAsync(world.Client, world.AdminA, profile, ads: 2);
        var (control, variant) = (campaign.AdSets![0].Ads[0].Id, campaign.AdSets[0].Ads[1].Id);
        var test = await Drafts.ExpectAsync<AbTestResponse>(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaign.Id}/ab-tests", world.AdminA,
            Drafts.AbTest(control, variant, baseline: 0.02, effect: 0.01), HttpStatusCode.Created);
        Assert.Equal(AbTestStatistics.SampleSizePerArm(0.02, 0.01), test.PlannedSamplePerArm);
        var planned = test.PlannedSamplePerArm;
        var results = $"/api/ads/ab-tests/{test.Id}/results";

        // Half-way a variant looks far better, but the test does not peek.
        var early = await Drafts.ExpectAsync<AbTestEvaluation>(world.Client, HttpMethod.Post, results, world.AdminA,
            Arms(control, planned / 2, planned / 100, variant, planned / 2, planned / 20), HttpStatusCode.OK);
        Assert.Equal("running", early.Test.Status);
        Assert.Null(early.Outcomes);
        Assert.Equal(planned - planned / 2, early.TrialsNeeded[variant]);

        var final = await Drafts.ExpectAsync<AbTestEvaluation>(world.Client, HttpMethod.Post, results, world.AdminA,
            Arms(control, planned, planned * 2 / 100, variant, planned, planned * 35 / 1000), HttpStatusCode.OK);
        Assert.Equal("concluded", final.Test.Status);
        Assert.Equal(variant, final.Test.WinnerAdId);
        var expected = AbTestStatistics.TwoProportionZTest(new Arm(planned, planned * 2 / 100), new Arm(planned, planned * 35 / 1000));
        Assert.Equal(expected.PValue, final.Test.PValue!.Value, 1e-9);
        Assert.True(final.Test.ProbabilityToBeatControl > 0.99);

        var again = await Drafts.ExpectAsync<AbTestEvaluation>(world.Client, HttpMethod.Post, results, world.AdminA,
            Arms(control, planned * 2, 0, variant, planned * 2, 0), HttpStatusCode.OK);
        Assert.Equal(final.Test.ConcludedAt!.Value.ToUnixTimeMilliseconds(), again.Test.ConcludedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(variant, again.Test.WinnerAdId);
        var listed = await Drafts.ExpectAsync<List<AbTestResponse>>(world.Client, HttpMethod.Get, $"/api/ads/campaigns/{campaign.Id}/ab-tests", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal((test.Id, "concluded", (Guid?)variant), (Assert.Single(listed).Id, listed[0].Status, listed[0].WinnerAdId));
        await using var db = world.Db(world.Matrix.A.TenantId);
        var events = (await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Ads.AbTestConcluded,")).ToListAsync())
            .Where(m => m.Payload.Contains(test.Id.ToString(), StringComparison.Ordinal));
        Assert.Single(events);
    }

    [Fact]
    public async Task A_test_with_no_significant_difference_concludes_without_a_winner()
    {
        var profile = await world.NewClientProfileAsync();
        var campaign = await Drafts.FullDraftAsync(world.Client, world.AdminA, profile, ads: 2);
        var (control, variant) = (campaign.AdSets![0].Ads[0].Id, campaign.AdSets[0].Ads[1].Id);
        var test = await Drafts.ExpectAsync<AbTestResponse>(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaign.Id}/ab-tests", world.AdminA,
            Drafts.AbTest(control, variant, baseline: 0.10, effect: 0.05), HttpStatusCode.Created);
        var n = test.PlannedSamplePerArm;

        var final = await Drafts.ExpectAsync<AbTestEvaluation>(world.Client, HttpMethod.Post, $"/api/ads/ab-tests/{test.Id}/results", world.AdminA,
            Arms(control, n, n / 10, variant, n, n / 10 + 1), HttpStatusCode.OK);

        Assert.Equal("concluded", final.Test.Status);
        Assert.Null(final.Test.WinnerAdId);
        Assert.True(final.Test.IntervalLow < 0 && final.Test.IntervalHigh > 0);
    }

    [Fact]
    public async Task A_test_of_ads_outside_the_campaign_or_with_bad_counts_is_refused_naming_the_field()
    {
        var profile = await world.NewClientProfileAsync();
        var campaign = await Drafts.FullDraftAsync(world.Client, world.AdminA, profile, ads: 2);
        var other = await Drafts.FullDraftAsync(world.Client, world.AdminA, profile, ads: 1);
        var control = campaign.AdSets![0].Ads[0].Id;

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaign.Id}/ab-tests", world.AdminA,
            Drafts.AbTest(control, other.AdSets![0].Ads[0].Id));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["variantAdIds"]);
        (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaign.Id}/ab-tests", world.AdminA,
            Drafts.AbTest(control, campaign.AdSets[0].Ads[1].Id, baseline: 0.99, effect: 0.05));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["minimumDetectableEffect"]);

        var test = await Drafts.ExpectAsync<AbTestResponse>(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaign.Id}/ab-tests", world.AdminA,
            Drafts.AbTest(control, campaign.AdSets[0].Ads[1].Id), HttpStatusCode.Created);
        (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/ab-tests/{test.Id}/results", world.AdminA,
            Arms(control, 10, 11, campaign.AdSets[0].Ads[1].Id, 10, 1));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["arms"]);
    }

    private static object Arms(Guid control, long controlTrials, long controlSuccesses, Guid variant, long variantTrials, long variantSuccesses) => new
    {
        arms = new[]
        {
            new { adId = control, trials = controlTrials, successes = controlSuccesses },
            new { adId = variant, trials = variantTrials, successes = variantSuccesses },
        },
    };
}
