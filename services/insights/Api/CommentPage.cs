namespace AdFlux.Insights.Api;

/// <summary>A page of the inbox, newest first, with the total and the counts of everything the filters match.</summary>
public sealed record CommentPage(IReadOnlyList<CommentResponse> Items, int Total, int Offset, int Limit, CommentCounts Counts);
