using System.Text.Json.Serialization;

namespace AdFlux.Insights.Api;

/// <summary>How the answer was produced; names as seed 000 spells them.</summary>
/// <param name="ProcessingTime">Seconds spent answering, e.g. <c>0.012s</c>.</param>
/// <param name="CacheStatus"><c>hit</c> when the answer came from the cache, <c>miss</c> when it was computed.</param>
/// <param name="ApiVersion">The analytics API version.</param>
public sealed record AnalyticsMeta(
    [property: JsonPropertyName("processing_time")] string ProcessingTime,
    [property: JsonPropertyName("cache_status")] string CacheStatus,
    [property: JsonPropertyName("api_version")] string ApiVersion);
