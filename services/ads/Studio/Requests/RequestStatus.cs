namespace AdFlux.Ads.Studio.Requests;

/// <summary>
/// A content request's states as the API spells them. Draft → generating → in review → approved,
/// rejected or changes requested (which returns to draft) → published.
/// </summary>
public static class RequestStatus
{
    public const string Draft = "draft";
    public const string Generating = "generating";
    public const string InReview = "in_review";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string ChangesRequested = "changes_requested";
    public const string Published = "published";

    public static readonly IReadOnlyList<string> All = [Draft, Generating, InReview, Approved, Rejected, ChangesRequested, Published];

    /// <summary>States in which nobody decides anything any more.</summary>
    public static bool IsClosed(string status) => status is Approved or Rejected or Published;
}
