using System.Globalization;
using AdFlux.AppHost.Orchestration;

namespace AdFlux.AppHost.Dashboard;

/// <summary>The resource table as aligned text lines, for the console.</summary>
public static class ResourceTable
{
    private static readonly string[] Header = ["NAME", "STATE", "URL", "HEALTH", "RESTARTS"];

    public static IReadOnlyList<string> Format(IEnumerable<ResourceSnapshot> rows)
    {
        var cells = rows
            .Select(r => new[] { r.Name, r.State.ToString(), r.Url ?? "-", r.Health.ToString(), r.Restarts.ToString(CultureInfo.InvariantCulture) })
            .Prepend(Header)
            .ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(column => cells.Max(row => row[column].Length)).ToArray();
        return [.. cells.Select(row => string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd())];
    }
}
