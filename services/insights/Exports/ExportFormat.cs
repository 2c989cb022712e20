namespace AdFlux.Insights.Exports;

/// <summary>A file format an export is written in: its query name, media type and file extension.</summary>
public sealed record ExportFormat(string Name, string ContentType, string Extension)
{
    public static readonly ExportFormat Csv = new("csv", "text/csv; charset=utf-8", "csv");

    public static readonly ExportFormat Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static readonly ExportFormat Pdf = new("pdf", "application/pdf", "pdf");

    public static readonly IReadOnlyList<ExportFormat> All = [Csv, Xlsx, Pdf];

    public static ExportFormat? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
