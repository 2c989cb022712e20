namespace AdFlux.Insights.Exports;

/// <summary>Export limits (<c>Insights:Exports</c>): files are built whole, so what one may hold is bounded.</summary>
public sealed class ExportOptions
{
    public const string Section = "Insights:Exports";

    /// <summary>The longest period one export covers.</summary>
    public int MaxDays { get; set; } = 366;

    /// <summary>The most daily reports one export holds; a range with more must be narrowed.</summary>
    public int MaxReports { get; set; } = 1000;
}
