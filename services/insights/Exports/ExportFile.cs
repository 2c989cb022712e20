namespace AdFlux.Insights.Exports;

/// <summary>The name a download is saved under: <c>adflux-{kind}-{from}-{to}.{extension}</c>.</summary>
public static class ExportFile
{
    public static string NameOf(string kind, DateOnly from, DateOnly to, ExportFormat format) =>
        $"adflux-{kind}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.{format.Extension}";
}
