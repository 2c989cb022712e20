namespace AdFlux.Ads.Domain;

/// <summary>
/// What Meta allows an ad in the EMPLOYMENT special ad category
/// (https://developers.facebook.com/documentation/ads-commerce/marketing-api/audiences/special-ad-category):
/// every age from 18 to 65+, no gender or ZIP-code targeting, and location radii of at least 15 miles.
/// AdFlux targets whole countries (no radius) and has no gender targeting, so the age range is what a job ad set must leave open.
/// </summary>
public static class EmploymentRules
{
    public const string SpecialAdCategory = "EMPLOYMENT";

    public const int AgeMin = 18;

    public const int AgeMax = 65;

    public const int MinRadiusMiles = 15;
}
