namespace AdFlux.Ads.Tests;

[Collection(AdsCollection.Name)]
public sealed class LostReplyTests(AdsWorld world)
{
    [Fact]
    public async Task Meta_objects_made_before_a_5xx_are_found_by_their_marker_on_resume_and_never_created_twice()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var draft = await publication.DraftAsync("Lost replies");
        using var sandbox = world.SandboxClient();
        // Every step's first create is made by the sandbox and then answered with a 500, as when Meta's reply is lost.
        foreach (var edge in new[] { "campaigns", "adsets", "adcreatives", "ads" })
        {
            using var armed = await sandbox.PostAsync($"/sandbox/meta/lose-replies?account=act_{publication.AccountId}&edge={edge}&count=1", null);
            armed.EnsureSuccessStatusCode();
        }

        var published = await publication.PublishAsync(draft.Id);

        Assert.Equal("active", published.Status);
        Assert.True(published.Publication.Attempts >= 5, $"four lost replies should have forced four resumptions, saw {published.Publication.Attempts} attempts");
        var counters = await publication.CountersAsync();
        Assert.Equal(new Dictionary<string, int> { ["campaign"] = 1, ["adset"] = 1, ["adcreative"] = 2, ["ad"] = 2 },
            counters["creates"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>()));
        // The ids AdFlux stored are the ones the sandbox made before its lost replies.
        var campaign = Assert.Single(SandboxCounters.Objects(counters, "campaign"));
        Assert.Equal(published.ExternalCampaignId, campaign["id"]!.GetValue<string>());
        Assert.Contains(Platforms.Meta.MetaPlatform.Marker(draft.Id), campaign["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(published.AdSets!.SelectMany(s => s.Ads).Select(a => a.ExternalAdId).Order(),
            SandboxCounters.Objects(counters, "ad").Select(a => a["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Google_resources_made_before_a_5xx_are_found_by_GAQL_on_resume_and_never_created_twice()
    {
        var publication = await Publication.NewAsync(world, "google");
        var draft = await publication.DraftAsync("Lost Google replies");
        using var sandbox = world.SandboxClient();
        foreach (var method in new[] { "campaignBudgets:mutate", "campaigns:mutate", "adGroups:mutate", "adGroupAds:mutate" })
        {
            using var armed = await sandbox.PostAsync($"/sandbox/google/lose-replies?customer={publication.AccountId}&method={method}&count=1", null);
            armed.EnsureSuccessStatusCode();
        }

        var published = await publication.PublishAsync(draft.Id);

        Assert.Equal("active", published.Status);
        Assert.True(published.Publication.Attempts >= 5, $"four lost replies should have forced four resumptions, saw {published.Publication.Attempts} attempts");
        var counters = await publication.CountersAsync();
        Assert.Equal(new Dictionary<string, int> { ["campaignBudget"] = 1, ["campaign"] = 1, ["adGroup"] = 1, ["adGroupAd"] = 2 },
            counters["creates"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>()));
        Assert.Equal(published.ExternalCampaignId, Assert.Single(SandboxCounters.Objects(counters, "campaign"))["resourceName"]!.GetValue<string>());
    }
}
