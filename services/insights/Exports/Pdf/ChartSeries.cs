namespace AdFlux.Insights.Exports.Pdf;

/// <summary>One line of a chart: its label, its points in drawing order, and whether it is dashed (a forecast).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<(double X, double Y)> Points, bool Dashed = false);
