namespace AdFlux.Ads.Candidates;

/// <summary>
/// Reads a candidates CSV: a header naming the columns (any order, case-insensitive), then one
/// candidate per row. Every bad value is reported as <c>rows[N].column</c> (N the 1-based data
/// row), so a file is either stored whole or refused whole with each fault named.
/// </summary>
public static class CandidateCsv
{
    public const int MaxRows = 100_000;

    public static readonly IReadOnlyList<string> Required =
        ["skills", "years_of_experience", "location", "education_level", "desired_salary", "availability"];

    public static readonly IReadOnlyList<string> Optional = ["email", "phone"];

    public static (List<CandidateRow> Rows, Dictionary<string, string[]> Errors) Read(string text)
    {
        var errors = new Dictionary<string, string[]>();
        var table = CsvTable.Parse(text);
        if (table.Count == 0)
        {
            errors["file"] = ["The CSV is empty; send a header row and one row per candidate."];
            return ([], errors);
        }
        var header = table[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        var unknown = header.Where(h => !Required.Contains(h) && !Optional.Contains(h)).ToList();
        if (missing.Count > 0 || unknown.Count > 0 || header.Distinct().Count() != header.Length)
        {
            errors["header"] = [$"The header must name each of {string.Join(", ", Required)} once (optionally {string.Join(", ", Optional)})"
                + (missing.Count > 0 ? $"; missing: {string.Join(", ", missing)}" : "")
                + (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}" : "") + "."];
            return ([], errors);
        }
        if (table.Count == 1)
        {
            errors["file"] = ["The CSV has a header but no candidate rows."];
            return ([], errors);
        }
        if (table.Count - 1 > MaxRows)
        {
            errors["file"] = [$"At most {MaxRows} candidates per import."];
            return ([], errors);
        }
        var index = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var rows = new List<CandidateRow>(table.Count - 1);
        for (var r = 1; r < table.Count; r++)
        {
            var cells = table[r];
            var row = r;
            if (cells.Length != index.Count)
            {
                errors[$"rows[{row}]"] = [$"Row {row} has {cells.Length} fields; the header names {index.Count}."];
                continue;
            }
            if (CandidateRowReader.Read(row, column => index.TryGetValue(column, out var at) ? cells[at] : "",
                (column, message) => errors[$"rows[{row}].{column}"] = [$"Row {row}, {column}: {message}"]) is { } read)
            {
                rows.Add(read);
            }
        }
        return (rows, errors);
    }
}
