namespace AdFlux.Insights.Data.Configurations;

/// <summary>Column sizes shared by points and rollups (ingest accepts names of up to 100 and ids of up to 500 characters).</summary>
public static class MetricColumns
{
    public const int NameLength = 100;
    public const int EntityIdLength = 500;
}
