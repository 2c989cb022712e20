namespace AdFlux.Web.Ledger;

/// <summary>
/// A flow laid out on a time axis: each step's offset from the flow's first event and where its mark
/// sits along the axis (0–100 %). The steps keep the ledger's causal order; the axis is by time.
/// </summary>
public sealed record TraceTimeline(IReadOnlyList<TraceTimeline.Row> Rows, TimeSpan Duration, IReadOnlyList<string> Services)
{
    public sealed record Row(TraceStep Step, TimeSpan Offset, double Percent);

    public static TraceTimeline Of(IReadOnlyList<TraceStep> steps)
    {
        if (steps.Count == 0)
        {
            return new([], TimeSpan.Zero, []);
        }
        var start = steps.Min(s => s.Event.OccurredAt);
        var duration = steps.Max(s => s.Event.OccurredAt) - start;
        var rows = steps.Select(s =>
        {
            var offset = s.Event.OccurredAt - start;
            return new Row(s, offset, duration <= TimeSpan.Zero ? 0 : Math.Round(100 * offset / duration, 1));
        }).ToList();
        var services = steps.Select(s => s.Event.SourceService).Distinct(StringComparer.Ordinal).ToList();
        return new(rows, duration, services);
    }

    /// <summary>The event type without its namespace: <c>AdFlux.Contracts.Video.JobStarted</c> reads as <c>JobStarted</c>.</summary>
    public static string ShortName(string eventType) => eventType[(eventType.LastIndexOf('.') + 1)..];
}
