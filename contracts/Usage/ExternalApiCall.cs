namespace AdFlux.Contracts.Usage;

/// <summary>One request a service sent to an external provider (a platform API or a chat model).</summary>
/// <param name="CallId">Unique per call.</param>
/// <param name="Provider">Who was called: youtube, spotify, google-sheets, meta-ads, google-ads, freepik, or a chat model's host (sandbox for the platform sandbox).</param>
/// <param name="Operation">A low-cardinality name of what was asked: method and route template (<c>GET v21.0/act_{id}/campaigns</c>), never a raw URL or query string.</param>
/// <param name="StartedAt">When the request was sent.</param>
/// <param name="LatencyMs">Milliseconds until the response headers (or the failure).</param>
/// <param name="StatusCode">The HTTP status; null when no response came (connection failure, timeout).</param>
/// <param name="Succeeded">A 2xx answer.</param>
/// <param name="InputTokens">Prompt tokens a chat model reported; null for other calls.</param>
/// <param name="OutputTokens">Completion tokens a chat model reported; null for other calls.</param>
/// <param name="Cost">What the call cost from the service's price table, in major units of <paramref name="Currency"/>; null when unpriced.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Cost"/>.</param>
public sealed record ExternalApiCall(
    Guid CallId,
    string Provider,
    string Operation,
    DateTimeOffset StartedAt,
    int LatencyMs,
    int? StatusCode,
    bool Succeeded,
    long? InputTokens,
    long? OutputTokens,
    decimal? Cost,
    string? Currency);
