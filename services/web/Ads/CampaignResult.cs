using AdFlux.ServiceDefaults.Money;

namespace AdFlux.Web.Ads;

/// <summary>A campaign and, once published, its report (drafts have no figures to ask for) and its newest A/B test.</summary>
public sealed record CampaignResult(Campaign Campaign, CampaignReport? Report, AbTest? AbTest)
{
    public static bool HasFigures(Campaign campaign) => campaign.Status is not ("draft" or "publishing");

    /// <summary>Minor units as the currency's amount, by its ISO 4217 exponent.</summary>
    public static decimal Amount(long minor, string currency) =>
        Currencies.IsKnown(currency) ? Currencies.MinorToMajor(minor, currency) : minor;
}
