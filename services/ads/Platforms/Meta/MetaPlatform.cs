using System.Globalization;
using System.Text.Json;
using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Money;

namespace AdFlux.Ads.Platforms.Meta;

/// <summary>
/// Publishing on Meta: the budget lives on the campaign (Advantage campaign budget), so the steps
/// are campaign → ad sets → ad creatives → ads, all created PAUSED; activation flips the campaign.
/// Every object's name ends with <see cref="Marker"/> of the AdFlux row it stands for: when Meta made
/// an object but its reply was lost (a 5xx, a dropped connection), the stored id is missing, and a
/// resumed attempt finds the object by that marker instead of creating it a second time.
/// </summary>
public sealed class MetaPlatform(MetaAdsClient client) : IAdPlatform
{
    public string Name => AdPlatforms.Meta;

    public IReadOnlyList<PublishStep> Steps { get; } = [PublishStep.Campaign, PublishStep.AdSet, PublishStep.Creative, PublishStep.Ad];

    /// <summary>The tag in the name of the Meta object made for the AdFlux row <paramref name="id"/> (names are ≤ 200 characters here, Meta allows 400).</summary>
    public static string Marker(Guid id) => $"[adflux:{id:N}]";

    public Task<string> CreateBudgetAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Meta keeps the budget on the campaign; there is no budget step.");

    public Task<string> CreateCampaignAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>
        {
            ["name"] = campaign.Name,
            ["objective"] = "OUTCOME_" + campaign.Objective.ToUpperInvariant(),
            ["status"] = "PAUSED",
            // A job ad must declare itself; Meta then limits its targeting (EmploymentRules).
            ["special_ad_categories"] = campaign.JobAdId is null ? "[]" : $"[\"{EmploymentRules.SpecialAdCategory}\"]",
            ["bid_strategy"] = "LOWEST_COST_WITHOUT_CAP",
            [BudgetField(campaign)] = campaign.BudgetMinor.ToString(CultureInfo.InvariantCulture),
        };
        return CreateOnceAsync(access, campaign, "campaigns", campaign.Id, fields, cancellationToken);
    }

    public async Task<string> CreateAdSetAsync(AccountAccess access, Campaign campaign, AdSet adSet, CancellationToken cancellationToken)
    {
        var interests = new List<object>();
        foreach (var interest in adSet.Interests)
        {
            if (await client.FindInterestAsync(access, interest, cancellationToken) is { } id)
            {
                interests.Add(new { id, name = interest });
            }
        }
        var targeting = new Dictionary<string, object>
        {
            ["geo_locations"] = new { countries = adSet.Locations },
            ["age_min"] = adSet.AgeMin,
            ["age_max"] = adSet.AgeMax,
        };
        if (interests.Count > 0)
        {
            targeting["flexible_spec"] = new[] { new { interests } };
        }
        if (adSet.CustomAudienceId is { } audience)
        {
            targeting["custom_audiences"] = new[] { new { id = audience } };
        }
        var fields = new Dictionary<string, string>
        {
            ["name"] = adSet.Name,
            ["campaign_id"] = campaign.ExternalCampaignId!,
            ["billing_event"] = "IMPRESSIONS",
            ["optimization_goal"] = OptimizationGoal(campaign.Objective),
            ["targeting"] = JsonSerializer.Serialize(targeting),
            ["start_time"] = campaign.StartsAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["status"] = "ACTIVE",
        };
        if (campaign.EndsAt is { } end)
        {
            fields["end_time"] = end.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }
        return await CreateOnceAsync(access, campaign, "adsets", adSet.Id, fields, cancellationToken);
    }

    public Task<string> CreateCreativeAsync(AccountAccess access, Campaign campaign, Ad ad, CancellationToken cancellationToken)
    {
        var callToAction = new { type = ad.CallToAction.ToUpperInvariant(), value = new { link = ad.LinkUrl } };
        object story = ad.CreativeKind == "video"
            ? new { page_id = access.Account.PageId, video_data = new { video_id = ad.CreativeAssetId, title = ad.Headline, message = ad.PrimaryText, call_to_action = callToAction } }
            : new { page_id = access.Account.PageId, link_data = new { link = ad.LinkUrl, name = ad.Headline, message = ad.PrimaryText, image_hash = ad.CreativeAssetId, call_to_action = callToAction } };
        var fields = new Dictionary<string, string>
        {
            ["name"] = ad.Name,
            ["object_story_spec"] = JsonSerializer.Serialize(story),
        };
        return CreateOnceAsync(access, campaign, "adcreatives", ad.Id, fields, cancellationToken);
    }

    public Task<string> CreateAdAsync(AccountAccess access, Campaign campaign, AdSet adSet, Ad ad, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>
        {
            ["name"] = ad.Name,
            ["adset_id"] = adSet.ExternalId!,
            ["creative"] = JsonSerializer.Serialize(new { creative_id = ad.ExternalCreativeId }),
            ["status"] = "ACTIVE",
        };
        return CreateOnceAsync(access, campaign, "ads", ad.Id, fields, cancellationToken);
    }

    /// <summary>Ad sets and ads are created ACTIVE under a PAUSED campaign, so the campaign's status alone decides delivery.</summary>
    public Task SetActiveAsync(AccountAccess access, Campaign campaign, bool active, CancellationToken cancellationToken)
        => client.UpdateAsync(access, campaign.ExternalCampaignId!, new Dictionary<string, string> { ["status"] = active ? "ACTIVE" : "PAUSED" }, cancellationToken);

    public Task SetBudgetAsync(AccountAccess access, Campaign campaign, long budgetMinor, CancellationToken cancellationToken) =>
        client.UpdateAsync(access, campaign.ExternalCampaignId!,
            new Dictionary<string, string> { [BudgetField(campaign)] = budgetMinor.ToString(CultureInfo.InvariantCulture) }, cancellationToken);

    /// <summary>Pause the campaign, delete it (Meta deletes its ad sets and ads with it), then the account-level creatives.</summary>
    public async Task UndoAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken)
    {
        if (campaign.ExternalCampaignId is { } id)
        {
            await client.UpdateAsync(access, id, new Dictionary<string, string> { ["status"] = "PAUSED" }, cancellationToken);
            await client.DeleteAsync(access, id, cancellationToken);
        }
        foreach (var ad in campaign.AdSets.SelectMany(s => s.Ads).Where(a => a.ExternalCreativeId is not null))
        {
            await client.DeleteAsync(access, ad.ExternalCreativeId!, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<PlatformDay>> GetDailyAsync(AccountAccess access, Campaign campaign, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        [.. (await client.GetDailyInsightsAsync(access, campaign.ExternalCampaignId!, from, to, Currencies.ExponentOf(campaign.Currency), cancellationToken))
            .Select(r => new PlatformDay(r.Date, r.Impressions, r.Reach, r.Clicks, r.SpendMinor, r.Conversions, r.ConversionValueMinor))];

    /// <summary>
    /// Creates the object with its marker in the name; on a resumed attempt (a later one of the same
    /// publication) first looks for an object an earlier attempt made without hearing back.
    /// </summary>
    private async Task<string> CreateOnceAsync(AccountAccess access, Campaign campaign, string edge, Guid rowId, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var marker = Marker(rowId);
        fields["name"] = $"{fields["name"]} {marker}";
        if (campaign.PublishAttempts > 1 && await client.FindByNameAsync(access, edge, marker, cancellationToken) is { } existing)
        {
            return existing;
        }
        return await client.CreateAsync(access, edge, fields, cancellationToken);
    }

    private static string BudgetField(Campaign campaign) => campaign.BudgetKind == BudgetKind.Daily ? "daily_budget" : "lifetime_budget";

    private static string OptimizationGoal(string objective) => objective switch
    {
        "awareness" => "REACH",
        "engagement" => "POST_ENGAGEMENT",
        "leads" => "LEAD_GENERATION",
        "app_promotion" => "APP_INSTALLS",
        "sales" => "OFFSITE_CONVERSIONS",
        _ => "LINK_CLICKS",
    };
}
