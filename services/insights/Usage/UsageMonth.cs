using System.Globalization;

namespace AdFlux.Insights.Usage;

/// <summary>A budget's UTC calendar month.</summary>
public readonly record struct UsageMonth(int Year, int Month)
{
    public static UsageMonth Of(DateTimeOffset instant) => new(instant.UtcDateTime.Year, instant.UtcDateTime.Month);

    public static UsageMonth Of(DateOnly day) => new(day.Year, day.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The first instant of the next month, when a hard stop lapses.</summary>
    public DateTimeOffset End => new(FirstDay.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
