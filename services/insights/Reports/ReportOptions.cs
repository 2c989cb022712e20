namespace AdFlux.Insights.Reports;

/// <summary>Daily reports under <c>Insights:Reports</c>: the worker's poll and lease, and how far back the baseline reaches.</summary>
public sealed class ReportOptions
{
    public const string Section = "Insights:Reports";

    /// <summary>The chat model's section (<see cref="AdFlux.ServiceDefaults.AI.ChatProviderOptions"/>).</summary>
    public const string ChatSection = "Insights:Chat";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After a failed run (no model answered at all), when to try again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    public int BaselineDays { get; set; } = 90;

    public int BaselineMaxPosts { get; set; } = 2000;
}
