using System.Text.RegularExpressions;
using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Money;

namespace AdFlux.Ads.Api;

/// <summary>
/// Field rules for drafts, each error keyed by the JSON field it names. Copy limits follow the
/// stricter platform: Google's responsive search ads take 30-character headlines and
/// 90-character descriptions (https://support.google.com/google-ads/answer/7684791).
/// </summary>
public static partial class AdsValidation
{
    public const int GoogleHeadlineMax = 30;
    public const int GoogleDescriptionMax = 90;

    public static Dictionary<string, string[]> Campaign(CampaignBody body, bool requireClientProfile)
    {
        var errors = new Dictionary<string, string[]>();
        if (requireClientProfile && (body.ClientProfileId is null || body.ClientProfileId == Guid.Empty))
        {
            errors["clientProfileId"] = ["clientProfileId is required."];
        }
        Text(errors, "name", body.Name, 200);
        if (body.Objective is null || !Objectives.All.Contains(body.Objective))
        {
            errors["objective"] = [$"objective must be one of {string.Join(", ", Objectives.All)}."];
        }
        if (body.Platform is null || !AdPlatforms.All.Contains(body.Platform))
        {
            errors["platform"] = [$"Unknown platform '{body.Platform}'; use one of {string.Join(", ", AdPlatforms.All)}."];
        }
        if (!Names.TryParse<BudgetKind>(body.BudgetKind, out var kind))
        {
            errors["budgetKind"] = ["budgetKind must be daily or lifetime."];
        }
        if (body.BudgetMinor is not > 0)
        {
            errors["budgetMinor"] = ["budgetMinor must be greater than 0 (minor units of the currency, e.g. cents)."];
        }
        if (!Currencies.IsKnown(body.Currency))
        {
            errors["currency"] = [$"Unknown currency '{body.Currency}'; use an ISO 4217 code such as USD or EUR."];
        }
        if (body.StartsAt is null)
        {
            errors["startsAt"] = ["startsAt is required."];
        }
        if (body.EndsAt is { } end && body.StartsAt is { } start && end <= start)
        {
            errors["endsAt"] = ["endsAt must be after startsAt."];
        }
        else if (kind == BudgetKind.Lifetime && body.EndsAt is null && !errors.ContainsKey("budgetKind"))
        {
            errors["endsAt"] = ["A lifetime budget needs endsAt."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> AdSet(AdSetBody body)
    {
        var errors = new Dictionary<string, string[]>();
        Text(errors, "name", body.Name, 200);
        if (body.Locations is not { Count: > 0 } || body.Locations.Count > 250 || body.Locations.Any(l => l is null || !Country().IsMatch(l)))
        {
            errors["locations"] = ["locations must list 1 to 250 ISO 3166-1 alpha-2 country codes (e.g. US, ES)."];
        }
        // Meta and Google both target ages 13 to 65 (65 meaning 65 and over).
        var min = body.AgeMin ?? 18;
        var max = body.AgeMax ?? 65;
        if (min is < 13 or > 65)
        {
            errors["ageMin"] = ["ageMin must be between 13 and 65."];
        }
        if (max is < 13 or > 65)
        {
            errors["ageMax"] = ["ageMax must be between 13 and 65."];
        }
        else if (max < min)
        {
            errors["ageMax"] = ["ageMax must not be below ageMin."];
        }
        if (body.Interests is { } interests && (interests.Count > 50 || interests.Any(i => string.IsNullOrWhiteSpace(i) || i.Length > 100)))
        {
            errors["interests"] = ["interests must be at most 50 names of 1 to 100 characters."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> Ad(AdBody body, string platform)
    {
        var errors = new Dictionary<string, string[]>();
        Text(errors, "name", body.Name, 200);
        var google = platform == AdPlatforms.Google;
        Text(errors, "headline", body.Headline, google ? GoogleHeadlineMax : 255);
        Text(errors, "primaryText", body.PrimaryText, google ? GoogleDescriptionMax : 2000);
        if (body.CallToAction is null || !CallsToAction.All.Contains(body.CallToAction))
        {
            errors["callToAction"] = [$"callToAction must be one of {string.Join(", ", CallsToAction.All)}."];
        }
        if (!Uri.TryCreate(body.LinkUrl, UriKind.Absolute, out var link) || link.Scheme is not ("https" or "http") || body.LinkUrl!.Length > 2000)
        {
            errors["linkUrl"] = ["linkUrl must be an absolute http(s) URL."];
        }
        if (body.CreativeKind is not ("image" or "video"))
        {
            errors["creativeKind"] = ["creativeKind must be image or video."];
        }
        Text(errors, "creativeAssetId", body.CreativeAssetId, 200);
        return errors;
    }

    public static Dictionary<string, string[]> Budget(long? budgetMinor) =>
        budgetMinor is > 0 ? [] : new() { ["budgetMinor"] = ["budgetMinor must be greater than 0 (minor units of the currency, e.g. cents)."] };

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required."];
        }
        else if (value.Length > max)
        {
            errors[field] = [$"{field} must be at most {max} characters."];
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Country();
}
