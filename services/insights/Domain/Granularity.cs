namespace AdFlux.Insights.Domain;

/// <summary>The rollup bucket sizes; a point falls in the bucket that holds its window's start.</summary>
public static class Granularity
{
    public const string Hour = "hour";
    public const string Day = "day";
    public const string Week = "week";
}
