using System.Text.Json;

namespace AdFlux.Ads.Platforms.Meta;

/// <summary>
/// Meta's <c>x-business-use-case-usage</c> header: per business object, per use case, the percent
/// of the rate budget used (<c>call_count</c>, <c>total_cputime</c>, <c>total_time</c>) and
/// <c>estimated_time_to_regain_access</c> in minutes once throttled
/// (https://developers.facebook.com/docs/graph-api/overview/rate-limiting#buc-rate-limits).
/// </summary>
public sealed record MetaUsage(int HighestPercent, int RegainMinutes)
{
    public const string Header = "x-business-use-case-usage";

    public static MetaUsage? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(header);
            var highest = 0;
            var regain = 0;
            foreach (var business in document.RootElement.EnumerateObject())
            {
                foreach (var useCase in business.Value.EnumerateArray())
                {
                    foreach (var field in new[] { "call_count", "total_cputime", "total_time" })
                    {
                        highest = Math.Max(highest, Int(useCase, field));
                    }
                    regain = Math.Max(regain, Int(useCase, "estimated_time_to_regain_access"));
                }
            }
            return new MetaUsage(highest, regain);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}
