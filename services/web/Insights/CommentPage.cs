namespace AdFlux.Web.Insights;

/// <summary>A page of the inbox with the total and the counts of everything the filters match.</summary>
public sealed record CommentPage(IReadOnlyList<InboxComment> Items, int Total, int Offset, int Limit, CommentCounts Counts);
