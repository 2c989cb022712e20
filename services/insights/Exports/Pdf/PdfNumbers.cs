using System.Globalization;

namespace AdFlux.Insights.Exports.Pdf;

/// <summary>How numbers and dates read in a PDF: invariant, grouped thousands, up to four decimals.</summary>
public static class PdfNumbers
{
    public static string Of(double? value) => value is { } v ? v.ToString("#,##0.####", CultureInfo.InvariantCulture) : "–";

    public static string Of(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Of(decimal? value) => value is { } v ? v.ToString("#,##0.######", CultureInfo.InvariantCulture) : "–";

    public static string Percent(double? value) => value is { } v ? v.ToString("#,##0.##", CultureInfo.InvariantCulture) + " %" : "–";

    public static string Of(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
