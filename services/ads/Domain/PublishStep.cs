namespace AdFlux.Ads.Domain;

/// <summary>The steps of a publication, in order. Meta has no separate budget object; Google has no separate creative.</summary>
public enum PublishStep
{
    Budget,
    Campaign,
    AdSet,
    Creative,
    Ad,
}
