using System.Globalization;
using System.Text.Json.Nodes;
using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Money;

namespace AdFlux.Ads.Platforms.Google;

/// <summary>
/// Publishing on Google Ads: campaign budget → Search campaign (PAUSED) → ad groups → responsive
/// search ads (the ad carries its own copy, so there is no creative step); activation enables the campaign.
/// Names carry AdFlux's id: Google requires campaign and budget names unique per account, and a
/// resumed publication finds by it (GAQL) what an earlier attempt created without hearing back.
/// </summary>
public sealed class GooglePlatform(GoogleAdsClient client) : IAdPlatform
{
    public string Name => AdPlatforms.Google;

    public IReadOnlyList<PublishStep> Steps { get; } = [PublishStep.Budget, PublishStep.Campaign, PublishStep.AdSet, PublishStep.Ad];

    public Task<string> CreateBudgetAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken)
    {
        var budget = new JsonObject
        {
            ["name"] = $"{campaign.Name} budget ({campaign.Id:N})",
            ["deliveryMethod"] = "STANDARD",
            ["explicitlyShared"] = false,
        };
        var micros = Currencies.MinorToMicros(campaign.BudgetMinor, campaign.Currency).ToString(CultureInfo.InvariantCulture);
        if (campaign.BudgetKind == BudgetKind.Daily)
        {
            budget["amountMicros"] = micros;
        }
        else
        {
            budget["totalAmountMicros"] = micros;
            budget["period"] = "CUSTOM_PERIOD";
        }
        return CreateOnceAsync(access, campaign, "campaignBudgets", "campaign_budget", "campaign_budget.name", campaign.Id, budget, cancellationToken);
    }

    public Task<string> CreateCampaignAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken)
    {
        var resource = new JsonObject
        {
            ["name"] = $"{campaign.Name} ({campaign.Id:N})",
            ["status"] = "PAUSED",
            ["advertisingChannelType"] = "SEARCH",
            ["campaignBudget"] = campaign.ExternalBudgetId,
            ["manualCpc"] = new JsonObject(),
            ["networkSettings"] = new JsonObject { ["targetGoogleSearch"] = true, ["targetSearchNetwork"] = true, ["targetContentNetwork"] = false },
            ["containsEuPoliticalAdvertising"] = "DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING",
            ["startDate"] = campaign.StartsAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (campaign.EndsAt is { } end)
        {
            resource["endDate"] = end.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return CreateOnceAsync(access, campaign, "campaigns", "campaign", "campaign.name", campaign.Id, resource, cancellationToken);
    }

    public Task<string> CreateAdSetAsync(AccountAccess access, Campaign campaign, AdSet adSet, CancellationToken cancellationToken) =>
        CreateOnceAsync(access, campaign, "adGroups", "ad_group", "ad_group.name", adSet.Id, new JsonObject
        {
            ["name"] = $"{adSet.Name} ({adSet.Id:N})",
            ["campaign"] = campaign.ExternalCampaignId,
            ["status"] = "ENABLED",
            ["type"] = "SEARCH_STANDARD",
            ["cpcBidMicros"] = "1000000",
        }, cancellationToken);

    public Task<string> CreateCreativeAsync(AccountAccess access, Campaign campaign, Ad ad, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A Google responsive search ad carries its own copy; there is no creative step.");

    public Task<string> CreateAdAsync(AccountAccess access, Campaign campaign, AdSet adSet, Ad ad, CancellationToken cancellationToken) =>
        CreateOnceAsync(access, campaign, "adGroupAds", "ad_group_ad", "ad_group_ad.ad.name", ad.Id, new JsonObject
        {
            ["adGroup"] = adSet.ExternalId,
            ["status"] = "ENABLED",
            ["ad"] = new JsonObject
            {
                ["name"] = $"{ad.Name} ({ad.Id:N})",
                ["finalUrls"] = new JsonArray(ad.LinkUrl),
                ["responsiveSearchAd"] = new JsonObject
                {
                    ["headlines"] = new JsonArray(new JsonObject { ["text"] = ad.Headline }),
                    ["descriptions"] = new JsonArray(new JsonObject { ["text"] = ad.PrimaryText }),
                },
            },
        }, cancellationToken);

    /// <summary>On a resumed attempt, first looks for the resource an earlier attempt made (its name holds the AdFlux row's id).</summary>
    private async Task<string> CreateOnceAsync(AccountAccess access, Campaign campaign, string service, string resource, string nameField, Guid rowId,
        JsonObject created, CancellationToken cancellationToken)
    {
        if (campaign.PublishAttempts > 1 && await client.FindByNameAsync(access, resource, nameField, $"({rowId:N})", cancellationToken) is { } existing)
        {
            return existing;
        }
        return await client.CreateAsync(access, service, created, cancellationToken);
    }

    public Task SetActiveAsync(AccountAccess access, Campaign campaign, bool active, CancellationToken cancellationToken) =>
        client.UpdateAsync(access, "campaigns",
            new JsonObject { ["resourceName"] = campaign.ExternalCampaignId, ["status"] = active ? "ENABLED" : "PAUSED" }, "status", cancellationToken);

    public Task SetBudgetAsync(AccountAccess access, Campaign campaign, long budgetMinor, CancellationToken cancellationToken)
    {
        var field = campaign.BudgetKind == BudgetKind.Daily ? "amountMicros" : "totalAmountMicros";
        var mask = campaign.BudgetKind == BudgetKind.Daily ? "amount_micros" : "total_amount_micros";
        return client.UpdateAsync(access, "campaignBudgets", new JsonObject
        {
            ["resourceName"] = campaign.ExternalBudgetId,
            [field] = Currencies.MinorToMicros(budgetMinor, campaign.Currency).ToString(CultureInfo.InvariantCulture),
        }, mask, cancellationToken);
    }

    public async Task<IReadOnlyList<PlatformDay>> GetDailyAsync(AccountAccess access, Campaign campaign, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        [.. (await client.GetDailyMetricsAsync(access, campaign.ExternalCampaignId!, from, to, Currencies.ExponentOf(campaign.Currency), cancellationToken))
            .Select(r => new PlatformDay(r.Date, r.Impressions, null, r.Clicks, r.CostMinor, r.Conversions, r.ConversionValueMinor))];

    /// <summary>Pause the campaign, remove it (its ad groups and ads go with it), then remove its budget.</summary>
    public async Task UndoAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken)
    {
        if (campaign.ExternalCampaignId is { } id)
        {
            await SetActiveAsync(access, campaign, active: false, cancellationToken);
            await client.RemoveAsync(access, "campaigns", id, cancellationToken);
        }
        if (campaign.ExternalBudgetId is { } budget)
        {
            await client.RemoveAsync(access, "campaignBudgets", budget, cancellationToken);
        }
    }
}
