using System.Net;
using AdFlux.Ads.Api;
using AdFlux.Testing;

namespace AdFlux.Ads.Tests;

/// <summary>A client profile with an account on one platform, a draft there, and the publication of it.</summary>
public sealed record Publication(AdsWorld World, Guid ClientProfile, string Platform, string AccountId)
{
    public static async Task<Publication> NewAsync(AdsWorld world, string platform)
    {
        var profile = await world.NewClientProfileAsync();
        var accountId = platform == "meta" ? Sandboxes.NewMetaAccount() : Sandboxes.NewGoogleCustomer();
        await Drafts.PutAccountAsync(world.Client, world.AdminA,
            platform == "meta" ? Drafts.MetaAccount(profile, accountId) : Drafts.GoogleAccount(profile, accountId));
        return new Publication(world, profile, platform, accountId);
    }

    public Task<CampaignResponse> DraftAsync(string? name = null, int ads = 2, string? lastAdName = null, object? campaignBody = null) =>
        Drafts.FullDraftAsync(World.Client, World.AdminA, ClientProfile, Platform, name, ads, lastAdName, campaignBody);

    public async Task<CampaignResponse> PublishAsync(Guid campaignId)
    {
        await Drafts.ExpectAsync<CampaignResponse>(World.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaignId}/publish", World.AdminA, null, HttpStatusCode.Accepted);
        return await SettledAsync(campaignId);
    }

    /// <summary>Waits until the publication left <c>publishing</c>.</summary>
    public async Task<CampaignResponse> SettledAsync(Guid campaignId)
    {
        var campaign = await Eventually.WaitAsync(() => Drafts.GetCampaignAsync(World.Client, World.AdminA, campaignId), c => c.Status != "publishing",
            TimeSpan.FromSeconds(30));
        Assert.NotEqual("publishing", campaign.Status);
        return campaign;
    }

    public async Task<System.Text.Json.Nodes.JsonNode> CountersAsync()
    {
        using var sandbox = World.SandboxClient();
        return Platform == "meta" ? await SandboxCounters.MetaAsync(sandbox, AccountId) : await SandboxCounters.GoogleAsync(sandbox, AccountId);
    }
}
