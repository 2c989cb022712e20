using Cronos;

namespace AdFlux.Ingest.Pulls;

/// <summary>A five-field cron expression read in an IANA time zone (daylight-saving changes handled by Cronos).</summary>
public sealed record CronSchedule(CronExpression Expression, TimeZoneInfo Zone)
{
    /// <summary>Parses both; returns the field errors (<c>cron</c>, <c>timeZone</c>) instead of throwing.</summary>
    public static CronSchedule? TryParse(string? cron, string? timeZone, IDictionary<string, string[]> errors)
    {
        CronExpression? expression = null;
        TimeZoneInfo? zone = null;
        try
        {
            expression = CronExpression.Parse(cron?.Trim() ?? "", CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            errors["cron"] = [$"cron must be a five-field cron expression (minute hour day-of-month month day-of-week): {ex.Message}"];
        }
        if (string.IsNullOrWhiteSpace(timeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out zone) || !zone.HasIanaId)
        {
            errors["timeZone"] = [$"timeZone must be an IANA time zone such as Europe/Madrid; '{timeZone}' is not one."];
            zone = null;
        }
        return expression is null || zone is null ? null : new CronSchedule(expression, zone);
    }

    public static CronSchedule Parse(string cron, string timeZone) =>
        new(CronExpression.Parse(cron, CronFormat.Standard), TimeZoneInfo.FindSystemTimeZoneById(timeZone));

    /// <summary>The first occurrence after <paramref name="after"/>, in UTC; null for an expression that never fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) => Expression.GetNextOccurrence(after, Zone)?.ToUniversalTime();
}
