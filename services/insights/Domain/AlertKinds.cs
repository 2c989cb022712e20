namespace AdFlux.Insights.Domain;

public static class AlertKinds
{
    public const string Threshold = "threshold";
    public const string Anomaly = "anomaly";
    public const string Budget = "budget";
    public const string CampaignAnomaly = "campaign-anomaly";
    public const string ReachLimited = "reach-limited";
    public const string UsageBudget = "usage-budget";

    public static readonly IReadOnlyList<string> All = [Threshold, Anomaly, Budget, CampaignAnomaly, ReachLimited, UsageBudget];
}
