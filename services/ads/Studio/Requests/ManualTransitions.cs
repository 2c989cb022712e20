namespace AdFlux.Ads.Studio.Requests;

/// <summary>
/// The changes a person makes by hand; review's own (in review → approved, rejected, changes
/// requested → draft) happen only through decisions, so nobody skips the workflow.
/// </summary>
public static class ManualTransitions
{
    private static readonly HashSet<(string From, string To)> Allowed =
    [
        (RequestStatus.Draft, RequestStatus.Generating),
        (RequestStatus.Generating, RequestStatus.Draft),
        (RequestStatus.Approved, RequestStatus.Published),
    ];

    public static bool Allows(string from, string to) => Allowed.Contains((from, to));

    public static string Explain(string from, string to) => to switch
    {
        RequestStatus.InReview => "A request enters review through POST .../submit, which attaches its workflow.",
        RequestStatus.Approved or RequestStatus.Rejected or RequestStatus.ChangesRequested => $"A request becomes {to} only through its approvers' decisions.",
        _ => $"A request does not go from {from} to {to}; by hand: draft → generating, generating → draft, approved → published.",
    };
}
