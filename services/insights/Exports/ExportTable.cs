namespace AdFlux.Insights.Exports;

/// <summary>
/// One table of an export: a CSV file, a worksheet, or a table in the PDF. Cells keep their types
/// (numbers, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, text, null) until a writer formats them.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
