namespace AdFlux.Insights.Api;

/// <summary>A page of alerts, newest first, with the total the filters match and how many of them are not yet acknowledged.</summary>
public sealed record AlertPage(IReadOnlyList<AlertResponse> Items, int Total, int Unacknowledged, int Offset, int Limit);
