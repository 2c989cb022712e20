namespace AdFlux.Insights.Domain;

public static class AlertSeverities
{
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Critical = "critical";

    public static readonly IReadOnlyList<string> All = [Info, Warning, Critical];

    /// <summary>A severity another service sent, in these terms (ml-detection says low/medium/high).</summary>
    public static string From(string severity) => severity.Trim().ToLowerInvariant() switch
    {
        Critical or "high" => Critical,
        Info or "low" => Info,
        _ => Warning,
    };
}
