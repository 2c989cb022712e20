using AdFlux.Ledger.Data;

namespace AdFlux.Ledger.Api;

/// <summary>
/// Causal order of one flow: each event after the event that caused it, depth first;
/// siblings, and events whose cause is not in the flow, by chain position.
/// </summary>
public static class TraceOrder
{
    public static IReadOnlyList<(int Depth, LedgerEvent Event)> Of(IReadOnlyList<LedgerEvent> events)
    {
        var ids = events.Select(e => e.EventId).ToHashSet();
        var children = events
            .Where(e => e.CausationId is { } cause && ids.Contains(cause) && cause != e.EventId)
            .ToLookup(e => e.CausationId!.Value);
        var ordered = new List<(int, LedgerEvent)>(events.Count);
        var visited = new HashSet<Guid>();
        var stack = new Stack<(int Depth, LedgerEvent Event)>();
        foreach (var root in events.Where(e => e.CausationId is not { } c || !ids.Contains(c) || c == e.EventId).OrderByDescending(e => e.Position))
        {
            stack.Push((0, root));
        }
        while (stack.Count > 0)
        {
            var (depth, current) = stack.Pop();
            if (!visited.Add(current.EventId))
            {
                continue;
            }
            ordered.Add((depth, current));
            foreach (var child in children[current.EventId].OrderByDescending(e => e.Position))
            {
                stack.Push((depth + 1, child));
            }
        }
        // A cycle of causes (only possible in forged data) leaves events unvisited; keep them, last.
        ordered.AddRange(events.Where(e => !visited.Contains(e.EventId)).OrderBy(e => e.Position).Select(e => (0, e)));
        return ordered;
    }
}
