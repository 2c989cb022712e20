using Microsoft.Extensions.DependencyInjection;
using System.Net;
using AdFlux.Ads.Api;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Tests;

[Collection(AdsCollection.Name)]
public sealed class DraftTests(AdsWorld world)
{
    [Fact]
    public async Task A_draft_campaign_with_an_ad_set_and_an_ad_reads_back_as_written()
    {
        var profile = await world.NewClientProfileAsync();
        var campaign = await Drafts.FullDraftAsync(world.Client, world.AdminA, profile, "google", name: "Winter tour");

        Assert.Equal("draft", campaign.Status);
        Assert.Equal("Winter tour", campaign.Name);
        Assert.Equal(profile, campaign.ClientProfileId);
        Assert.Equal(("daily", 5_000L, "USD"), (campaign.BudgetKind, campaign.BudgetMinor, campaign.Currency));
        var adSet = Assert.Single(campaign.AdSets!);
        Assert.Equal(["ES", "PT"], adSet.Locations);
        Assert.Equal((18, 34), (adSet.AgeMin, adSet.AgeMax));
        Assert.Equal(["Indie music", "Concerts"], adSet.Interests);
        var ad = Assert.Single(adSet.Ads);
        Assert.Equal(("Headline 1", "listen_now", "image"), (ad.Headline, ad.CallToAction, ad.CreativeKind));
        Assert.Null(campaign.ExternalCampaignId);

        var listed = await Drafts.ExpectAsync<List<CampaignResponse>>(world.Client, HttpMethod.Get, $"/api/ads/campaigns?clientProfileId={profile}",
            world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal(campaign.Id, Assert.Single(listed).Id);
    }

    [Fact]
    public async Task Editing_and_deleting_a_draft_changes_only_that_draft()
    {
        var profile = await world.NewClientProfileAsync();
        var keep = await Drafts.FullDraftAsync(world.Client, world.AdminA, profile);
        var edit = await Drafts.FullDraftAsync(world.Client, world.AdminA, profile);

        var updated = await Drafts.ExpectAsync<CampaignResponse>(world.Client, HttpMethod.Put, $"/api/ads/campaigns/{edit.Id}", world.AdminA,
            Drafts.Campaign(profile, name: "Renamed", budgetMinor: 12_345, currency: "EUR"), HttpStatusCode.OK);
        Assert.Equal(("Renamed", 12_345L, "EUR"), (updated.Name, updated.BudgetMinor, updated.Currency));
        var (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Delete, $"/api/ads/ads/{edit.AdSets![0].Ads[0].Id}", world.AdminA);
        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Empty((await Drafts.GetCampaignAsync(world.Client, world.AdminA, edit.Id)).AdSets![0].Ads);
        (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Delete, $"/api/ads/campaigns/{edit.Id}", world.AdminA);
        Assert.Equal(HttpStatusCode.NoContent, status);

        (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Get, $"/api/ads/campaigns/{edit.Id}", world.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, status);
        var kept = await Drafts.GetCampaignAsync(world.Client, world.AdminA, keep.Id);
        Assert.Single(kept.AdSets![0].Ads);
    }

    public static TheoryData<string, object, string> BadCampaigns => new()
    {
        { "a zero budget", new { budgetMinor = 0L }, "budgetMinor" },
        { "a negative budget", new { budgetMinor = -100L }, "budgetMinor" },
        { "an end before the start", new { startsAt = "2026-12-10T00:00:00Z", endsAt = "2026-12-01T00:00:00Z" }, "endsAt" },
        { "an unknown platform", new { platform = "tiktok" }, "platform" },
        { "an unknown currency", new { currency = "XYZ" }, "currency" },
        { "a lower-case currency", new { currency = "usd" }, "currency" },
        { "an unknown objective", new { objective = "fame" }, "objective" },
        { "an unknown budget kind", new { budgetKind = "weekly" }, "budgetKind" },
        { "a lifetime budget with no end", new { budgetKind = "lifetime", endsAt = (string?)null }, "endsAt" },
        { "no name", new { name = "" }, "name" },
    };

    [Theory]
    [MemberData(nameof(BadCampaigns))]
    public async Task A_campaign_with_bad_input_is_refused_naming_the_field_and_nothing_is_stored(string why, object change, string field)
    {
        var profile = await world.NewClientProfileAsync();
        var body = Merge(Drafts.Campaign(profile), change);

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, "/api/ads/campaigns", world.AdminA, body);

        Assert.True(status == HttpStatusCode.BadRequest, $"{why}: got {status}");
        Assert.NotNull(problem!["errors"]![field]);
        await using var db = world.Db(world.Matrix.A.TenantId);
        Assert.Equal(0, await db.Campaigns.CountAsync(c => c.ClientProfileId == profile));
    }

    [Fact]
    public async Task A_campaign_for_another_tenants_client_profile_is_refused()
    {
        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, "/api/ads/campaigns", world.AdminA,
            Drafts.Campaign(Guid.Parse(world.Matrix.B.Resources["clientProfile"])));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["clientProfileId"]);
    }

    [Fact]
    public async Task Targeting_and_copy_a_platform_refuses_are_400s_naming_the_field()
    {
        var profile = await world.NewClientProfileAsync();
        var google = await Drafts.CreateCampaignAsync(world.Client, world.AdminA, Drafts.Campaign(profile, "google"));
        var adSet = await Drafts.CreateAdSetAsync(world.Client, world.AdminA, google.Id);

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/adsets/{adSet.Id}/ads", world.AdminA,
            Drafts.Ad(headline: "A headline far longer than Google's thirty characters"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["headline"]);

        (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{google.Id}/adsets", world.AdminA,
            new { name = "Bad", locations = new[] { "Spain" }, ageMin = 40, ageMax = 20 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["locations"]);
        Assert.NotNull(problem["errors"]!["ageMax"]);
    }

    [Fact]
    public async Task Ad_account_credentials_are_stored_encrypted_and_never_returned()
    {
        var profile = await world.NewClientProfileAsync();
        var body = Drafts.MetaAccount(profile, Sandboxes.NewMetaAccount());
        var token = (string)body.GetType().GetProperty("accessToken")!.GetValue(body)!;

        var (status, response) = await Drafts.SendAsync(world.Client, HttpMethod.Put, "/api/ads/accounts", world.AdminA, body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(token, response!.ToJsonString(), StringComparison.Ordinal);
        await using var db = world.Db(world.Matrix.A.TenantId);
        var stored = await db.Accounts.SingleAsync(a => a.ClientProfileId == profile);
        Assert.DoesNotContain(token, System.Text.Encoding.UTF8.GetString(stored.ProtectedCredentials), StringComparison.Ordinal);
        var credentials = world.Service.Services.GetRequiredService<Accounts.AccountCredentials>().Open(stored);
        Assert.Equal(token, credentials.AccessToken);
    }

    private static Dictionary<string, object?> Merge(object body, object change)
    {
        var merged = body.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(body));
        foreach (var property in change.GetType().GetProperties())
        {
            merged[property.Name] = property.GetValue(change);
        }
        return merged;
    }
}
