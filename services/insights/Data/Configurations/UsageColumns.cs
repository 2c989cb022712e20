namespace AdFlux.Insights.Data.Configurations;

internal static class UsageColumns
{
    /// <summary>As long as a recorded operation may be (<c>OperationNames.MaxLength</c>).</summary>
    public const int OperationLength = 200;

    public const int CurrencyLength = 3;

    public const int MonthLength = 7;
}
