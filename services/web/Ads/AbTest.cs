namespace AdFlux.Web.Ads;

/// <summary>A campaign's A/B test as ads lists it: what the client view shows of it.</summary>
public sealed record AbTest(
    Guid Id, string Metric, long PlannedSamplePerArm, string Status, Guid? WinnerAdId, double? Effect, double? ProbabilityToBeatControl)
{
    public bool HasWinner => Status == "concluded" && WinnerAdId is not null;
}
