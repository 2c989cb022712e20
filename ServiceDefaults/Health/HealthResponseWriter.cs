using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdFlux.ServiceDefaults.Health;

/// <summary>Writes <c>{status, checks:{name:{status, description}}}</c> so a 503 says which dependency is down.</summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthResponse(
            report.Status.ToString(),
            report.TotalDuration.TotalMilliseconds,
            report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new HealthEntry(
                    entry.Value.Status.ToString(),
                    entry.Value.Description ?? entry.Value.Exception?.Message,
                    entry.Value.Duration.TotalMilliseconds)));
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}

public sealed record HealthResponse(string Status, double DurationMs, IReadOnlyDictionary<string, HealthEntry> Checks);

public sealed record HealthEntry(string Status, string? Description, double DurationMs);
