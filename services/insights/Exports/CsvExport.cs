using System.Globalization;
using System.Text;

namespace AdFlux.Insights.Exports;

/// <summary>
/// Writes a table as CSV per RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): a header line,
/// CRLF line ends, fields with a comma, quote or line break quoted and inner quotes doubled;
/// numbers and dates in the invariant culture (ISO 8601 dates, round-trip numbers).
/// </summary>
public static class CsvExport
{
    public static async Task WriteAsync(ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(Field)));
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Join(',', row.Select(cell => Field(Format(cell)))));
        }
        await writer.FlushAsync(cancellationToken);
    }

    public static string Format(object? cell) => cell switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
