namespace AdFlux.Ads.Studio.Workflows;

/// <summary>How a step's approvers agree: one of them, or every named one.</summary>
public static class ApprovalRule
{
    public const string Any = "any";
    public const string All = "all";
}
