namespace AdFlux.Web.Insights;

/// <summary>A page of alerts, newest first, with the total the filters match and how many are not yet acknowledged.</summary>
public sealed record AlertPage(IReadOnlyList<AlertItem> Items, int Total, int Unacknowledged, int Offset, int Limit);
