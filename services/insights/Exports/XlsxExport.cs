using System.Data;
using MiniExcelLibs;

namespace AdFlux.Insights.Exports;

/// <summary>
/// Writes tables as an Excel workbook, one worksheet each, with MiniExcel: numbers stay numbers and
/// dates become Excel dates (a day as midnight, an instant in UTC), so a spreadsheet can sum and sort them.
/// </summary>
public static class XlsxExport
{
    /// <summary>Excel refuses longer worksheet names.</summary>
    public const int MaxSheetName = 31;

    public static async Task WriteAsync(IEnumerable<ExportTable> tables, Stream stream, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            var name = table.Name.Length > MaxSheetName ? table.Name[..MaxSheetName] : table.Name;
            sheets[name] = ToDataTable(table);
        }
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    private static DataTable ToDataTable(ExportTable table)
    {
        var data = new DataTable(table.Name);
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column, typeof(object));
        }
        foreach (var row in table.Rows)
        {
            data.Rows.Add([.. row.Select(Cell)]);
        }
        return data;
    }

    private static object Cell(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset at => at.UtcDateTime,
        Guid id => id.ToString(),
        _ => value,
    };
}
