namespace AdFlux.Ads.Domain;

/// <summary>draft → publishing → active ⇄ paused → completed; publishing may end in failed (and be retried from there).</summary>
public enum CampaignStatus
{
    Draft,
    Publishing,
    Active,
    Paused,
    Completed,
    Failed,
}
