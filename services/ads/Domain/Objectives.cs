namespace AdFlux.Ads.Domain;

/// <summary>What a campaign is for, in Meta's outcome-based (ODAX) terms, which Google's channel choice follows.</summary>
public static class Objectives
{
    public static readonly IReadOnlyList<string> All = ["awareness", "traffic", "engagement", "leads", "app_promotion", "sales"];
}
