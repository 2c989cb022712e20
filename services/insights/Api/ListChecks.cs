namespace AdFlux.Insights.Api;

/// <summary>The checks every list endpoint makes of its paging and its fixed-choice filters, each failure named by its field.</summary>
public static class ListChecks
{
    /// <summary>The page asked for, with the defaults filled in; a limit outside 1..<paramref name="maxLimit"/> or a negative offset is added to <paramref name="errors"/>.</summary>
    public static (int Limit, int Offset) Page(int? limit, int? offset, int defaultLimit, int maxLimit, Dictionary<string, string[]> errors)
    {
        var (take, skip) = (limit ?? defaultLimit, offset ?? 0);
        if (take < 1 || take > maxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {maxLimit}."];
        }
        if (skip < 0)
        {
            errors["offset"] = ["offset must not be negative."];
        }
        return (take, skip);
    }

    /// <summary>The value trimmed and lower-cased, or null when not given; one outside <paramref name="choices"/> is added to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public static string? OneOf(string? value, IReadOnlyCollection<string> choices, string field, Dictionary<string, string[]> errors)
    {
        var normal = value?.Trim().ToLowerInvariant();
        if (normal is not null && !choices.Contains(normal))
        {
            errors[field] = [$"{field} must be one of {string.Join(", ", choices)}."];
        }
        return normal;
    }
}
