using System.Net;
using AdFlux.Ads.Api;
using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Tests;

[Collection(AdsCollection.Name)]
public sealed class PublishingTests(AdsWorld world)
{
    [Fact]
    public async Task Publishing_on_Meta_creates_campaign_ad_set_creatives_and_ads_once_and_activates_the_campaign()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var draft = await publication.DraftAsync("Spring release");

        var published = await publication.PublishAsync(draft.Id);

        Assert.Equal("active", published.Status);
        Assert.NotNull(published.ExternalCampaignId);
        Assert.All(published.AdSets!.SelectMany(s => s.Ads), ad => Assert.NotNull(ad.ExternalAdId));
        var counters = await publication.CountersAsync();
        Assert.Equal((1, 1, 2, 2), (SandboxCounters.Creates(counters, "campaign"), SandboxCounters.Creates(counters, "adset"),
            SandboxCounters.Creates(counters, "adcreative"), SandboxCounters.Creates(counters, "ad")));
        var campaign = Assert.Single(SandboxCounters.Objects(counters, "campaign"));
        Assert.Equal(("ACTIVE", 5_000L), (campaign["status"]!.GetValue<string>(), campaign["dailyBudget"]!.GetValue<long>()));
        await using var db = world.Db(world.Matrix.A.TenantId);
        var events = (await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Ads.CampaignPublished,")).ToListAsync())
            .Where(m => m.Payload.Contains(draft.Id.ToString(), StringComparison.Ordinal));
        Assert.Single(events);
    }

    [Fact]
    public async Task Publishing_on_Google_creates_budget_campaign_ad_group_and_ads_once_with_the_budget_in_micros()
    {
        var publication = await Publication.NewAsync(world, "google");
        var draft = await publication.DraftAsync("Autumn tour");

        var published = await publication.PublishAsync(draft.Id);

        Assert.Equal("active", published.Status);
        Assert.StartsWith($"customers/{publication.AccountId}/campaigns/", published.ExternalCampaignId, StringComparison.Ordinal);
        var counters = await publication.CountersAsync();
        Assert.Equal((1, 1, 1, 2), (SandboxCounters.Creates(counters, "campaignBudget"), SandboxCounters.Creates(counters, "campaign"),
            SandboxCounters.Creates(counters, "adGroup"), SandboxCounters.Creates(counters, "adGroupAd")));
        var budget = Assert.Single(SandboxCounters.Objects(counters, "campaignBudget"));
        Assert.Equal("50000000", budget["fields"]!["amountMicros"]!.GetValue<string>());
        Assert.Equal("ENABLED", Assert.Single(SandboxCounters.Objects(counters, "campaign"))["status"]!.GetValue<string>());
    }

    public static TheoryData<string, PublishStep> CrashPoints => new()
    {
        { "meta", PublishStep.Campaign },
        { "meta", PublishStep.AdSet },
        { "meta", PublishStep.Creative },
        { "meta", PublishStep.Ad },
        { "google", PublishStep.Budget },
        { "google", PublishStep.Campaign },
        { "google", PublishStep.AdSet },
        { "google", PublishStep.Ad },
    };

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task A_publication_stopped_after_any_step_resumes_without_creating_anything_twice(string platform, PublishStep step)
    {
        var publication = await Publication.NewAsync(world, platform);
        var draft = await publication.DraftAsync($"Crash after {step}");
        world.Crashes.Arm(draft.Id, step);

        var published = await publication.PublishAsync(draft.Id);

        Assert.Equal("active", published.Status);
        Assert.True(published.Publication.Attempts >= 2, $"the crash after {step} did not force a second attempt");
        Assert.Contains(world.Crashes.Stored, s => s.Campaign == draft.Id && s.Step == step);
        var counters = await publication.CountersAsync();
        var expected = platform == "meta"
            ? new Dictionary<string, int> { ["campaign"] = 1, ["adset"] = 1, ["adcreative"] = 2, ["ad"] = 2 }
            : new Dictionary<string, int> { ["campaignBudget"] = 1, ["campaign"] = 1, ["adGroup"] = 1, ["adGroupAd"] = 2 };
        Assert.Equal(expected, counters["creates"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>()));
    }

    [Fact]
    public async Task A_publication_leased_by_a_live_worker_is_left_alone_and_taken_over_once_its_lease_expires()
    {
        var publication = await Publication.NewAsync(world, "google");
        var draft = await publication.DraftAsync("Orphaned");
        await using var db = world.Db(world.Matrix.A.TenantId);
        // As if another instance had claimed it: publishing, leased for an hour.
        await db.Campaigns.Where(c => c.Id == draft.Id).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.Status, CampaignStatus.Publishing)
            .SetProperty(x => x.LeaseOwner, "another-instance")
            .SetProperty(x => x.LeaseExpiresAt, DateTimeOffset.UtcNow.AddHours(1))
            .SetProperty(x => x.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)));

        await Task.Delay(TimeSpan.FromSeconds(1));
        var untouched = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == draft.Id);
        Assert.Equal(("another-instance", 0), (untouched.LeaseOwner, untouched.PublishAttempts));
        Assert.Empty((await publication.CountersAsync())["creates"]!.AsObject());

        // That instance died: its lease runs out and this one resumes the publication.
        await db.Campaigns.Where(c => c.Id == draft.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.LeaseExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        var published = await publication.SettledAsync(draft.Id);

        Assert.Equal("active", published.Status);
        Assert.Equal(1, SandboxCounters.Creates(await publication.CountersAsync(), "campaign"));
    }

    [Theory]
    // Meta refuses the second ad's creative (it carries the ad's name); Google has no creative step, so the ad itself.
    [InlineData("meta", "creative", "100/1885316")]
    [InlineData("google", "ad", "resourceCountLimitExceededError.ACCOUNT_LIMIT")]
    public async Task A_step_refused_for_good_undoes_what_was_created_and_reports_the_step_and_platform_code(string platform, string step, string code)
    {
        var publication = await Publication.NewAsync(world, platform);
        var draft = await publication.DraftAsync("Late failure", ads: 2, lastAdName: "Second ad [fail]");

        var failed = await publication.PublishAsync(draft.Id);

        Assert.Equal("failed", failed.Status);
        Assert.Equal((step, code, true), (failed.Publication.FailedStep, failed.Publication.PlatformErrorCode, failed.Publication.Compensated));
        Assert.Null(failed.ExternalCampaignId);
        var counters = await publication.CountersAsync();
        var campaignKind = "campaign";
        var campaign = Assert.Single(SandboxCounters.Objects(counters, campaignKind));
        if (platform == "meta")
        {
            Assert.True(campaign["deleted"]!.GetValue<bool>());
            Assert.All(SandboxCounters.Objects(counters, "adcreative"), c => Assert.True(c["deleted"]!.GetValue<bool>()));
            Assert.All(SandboxCounters.Objects(counters, "ad"), a => Assert.True(a["deleted"]!.GetValue<bool>()));
        }
        else
        {
            Assert.True(campaign["removed"]!.GetValue<bool>());
            Assert.True(Assert.Single(SandboxCounters.Objects(counters, "campaignBudget"))["removed"]!.GetValue<bool>());
        }
        await using var db = world.Db(world.Matrix.A.TenantId);
        var events = (await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Ads.CampaignPublishFailed,")).ToListAsync())
            .Where(m => m.Payload.Contains(draft.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains(code, Assert.Single(events).Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_5xx_on_a_create_is_left_to_the_publisher_which_resumes_and_creates_once()
    {
        // The HTTP pipeline never re-sends a create after a 5xx (RetryableRequests): the publisher's
        // next attempt does, from its stored ids. The sandbox's [flaky] fails before creating.
        var publication = await Publication.NewAsync(world, "meta");
        var draft = await publication.DraftAsync("Flaky [flaky]");

        var published = await publication.PublishAsync(draft.Id);

        Assert.Equal("active", published.Status);
        Assert.Equal(1, SandboxCounters.Creates(await publication.CountersAsync(), "campaign"));
    }

    [Fact]
    public async Task A_throttled_Meta_account_defers_the_publication_until_Meta_says_access_returns()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var draft = await publication.DraftAsync("Busy [throttle]");
        var before = DateTimeOffset.UtcNow;

        await Drafts.ExpectAsync<CampaignResponse>(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{draft.Id}/publish", world.AdminA, null, HttpStatusCode.Accepted);

        await using var db = world.Db(world.Matrix.A.TenantId);
        var row = await Testing.Eventually.WaitAsync(
            () => db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == draft.Id), c => c.PublishAttempts >= 1 && c.LeaseOwner == null, TimeSpan.FromSeconds(30));
        Assert.Equal(CampaignStatus.Publishing, row.Status);
        Assert.True(row.NextAttemptAt >= before + TimeSpan.FromSeconds(55), $"next attempt at {row.NextAttemptAt}, not after Meta's minute");
        Assert.Equal(0, SandboxCounters.Creates(await publication.CountersAsync(), "campaign"));
    }

    [Fact]
    public async Task Pause_resume_budget_and_end_reach_the_platform_and_a_published_draft_no_longer_edits()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var draft = await publication.DraftAsync("Lifecycle");
        await publication.PublishAsync(draft.Id);
        var path = $"/api/ads/campaigns/{draft.Id}";

        var paused = await Drafts.ExpectAsync<CampaignResponse>(world.Client, HttpMethod.Post, path + "/pause", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal("paused", paused.Status);
        Assert.Equal("PAUSED", await MetaStatusAsync(publication));
        await Drafts.ExpectAsync<CampaignResponse>(world.Client, HttpMethod.Post, path + "/resume", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal("ACTIVE", await MetaStatusAsync(publication));
        var budget = await Drafts.ExpectAsync<CampaignResponse>(world.Client, HttpMethod.Put, path + "/budget", world.AdminA, new { budgetMinor = 9_000 }, HttpStatusCode.OK);
        Assert.Equal(9_000, budget.BudgetMinor);
        var campaign = Assert.Single(SandboxCounters.Objects(await publication.CountersAsync(), "campaign"));
        Assert.Equal(9_000, campaign["dailyBudget"]!.GetValue<long>());

        var (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Put, path, world.AdminA, Drafts.Campaign(publication.ClientProfile, name: "Too late"));
        Assert.Equal(HttpStatusCode.Conflict, status);
        (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Put, path + "/budget", world.AdminA, new { budgetMinor = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, status);

        var ended = await Drafts.ExpectAsync<CampaignResponse>(world.Client, HttpMethod.Post, path + "/end", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal("completed", ended.Status);
        Assert.Equal("PAUSED", await MetaStatusAsync(publication));
        (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Post, path + "/resume", world.AdminA);
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Publishing_needs_ads_and_an_account_on_the_platform()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var empty = await Drafts.CreateCampaignAsync(world.Client, world.AdminA, Drafts.Campaign(publication.ClientProfile));
        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{empty.Id}/publish", world.AdminA);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["adSets"]);

        var google = await Drafts.FullDraftAsync(world.Client, world.AdminA, publication.ClientProfile, "google");
        (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{google.Id}/publish", world.AdminA);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["platform"]);
        Assert.Equal("draft", (await Drafts.GetCampaignAsync(world.Client, world.AdminA, google.Id)).Status);
    }

    private static async Task<string> MetaStatusAsync(Publication publication) =>
        Assert.Single(SandboxCounters.Objects(await publication.CountersAsync(), "campaign"))["status"]!.GetValue<string>();
}
