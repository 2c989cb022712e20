namespace AdFlux.Ingest.Sheets;

/// <summary>A tab's rows addressed by header name; missing trailing cells read as empty.</summary>
public sealed class SheetTable(string tab, IReadOnlyList<IReadOnlyList<string>> values)
{
    private readonly Dictionary<string, int> _columns = values.Count == 0
        ? []
        : values[0].Select((name, index) => (name: name.Trim(), index)).Where(c => c.name.Length > 0)
            .GroupBy(c => c.name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);

    public string Tab => tab;

    public IEnumerable<string> MissingColumns(IEnumerable<string> required) => required.Where(c => !_columns.ContainsKey(c));

    /// <summary>Data rows with their sheet row numbers (the header is row 1); blank rows are skipped.</summary>
    public IEnumerable<(int Row, Func<string, string> Cell)> Rows() =>
        values.Skip(1).Select((cells, i) => (Row: i + 2, Cells: cells))
            .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            .Select(r => (r.Row, (Func<string, string>)(column =>
                _columns.TryGetValue(column, out var index) && index < r.Cells.Count ? r.Cells[index].Trim() : "")));
}
