namespace AdFlux.Ads.Studio.Workflows;

/// <summary>What an approver decides, as the API spells it.</summary>
public static class DecisionKind
{
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string ChangesRequested = "changes_requested";

    public static readonly IReadOnlyList<string> All = [Approved, Rejected, ChangesRequested];
}
