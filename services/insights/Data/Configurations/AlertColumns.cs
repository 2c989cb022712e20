namespace AdFlux.Insights.Data.Configurations;

public static class AlertColumns
{
    /// <summary>A kind, two ids, a platform and a metric name, with room to spare.</summary>
    public const int DedupeKeyLength = 400;
}
