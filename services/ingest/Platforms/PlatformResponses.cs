using System.Net;
using System.Text.Json;

namespace AdFlux.Ingest.Platforms;

/// <summary>Turns a platform's error answer into the right exception: credentials refused, or a failure worth backing off from.</summary>
public static class PlatformResponses
{
    public static async Task<JsonDocument> ReadAsync(string platform, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new PlatformCredentialException(platform, response.StatusCode, MessageOf(body));
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PlatformException(platform, response.StatusCode, $"{(int)response.StatusCode}: {MessageOf(body)}", RetryAfterOf(response));
        }
        return JsonDocument.Parse(body);
    }

    /// <summary>The wait a 429 or 503 asked for, as seconds or as a date (RFC 9110 §10.2.3).</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > DateTimeOffset.UtcNow => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    /// <summary>Google and Spotify both answer <c>{"error": {"message": …}}</c>; Meta adds a type and code.</summary>
    private static string MessageOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error)
                ? error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : error.ToString()
                : "no error message";
        }
        catch (JsonException)
        {
            return "unreadable error body";
        }
    }

    public static long Long(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value)
            ? value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetInt64()
            : 0;
}
