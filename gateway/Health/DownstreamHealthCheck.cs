using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Gateway.Routing;
using AdFlux.ServiceDefaults.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdFlux.Gateway.Health;

/// <summary>Calls a service's own <c>/health</c>; unhealthy names the service and what it reported failing.</summary>
public sealed class DownstreamHealthCheck(ConfiguredService service, DownstreamHealthClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await client.Http.GetAsync(new Uri(service.Url, "/health"), cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return HealthCheckResult.Healthy($"{service.Name} answered {(int)response.StatusCode}");
            }
            var failing = await FailingChecksAsync(response, cancellationToken);
            return HealthCheckResult.Unhealthy(failing.Count == 0
                ? $"{service.Name} answered {(int)response.StatusCode}"
                : $"{service.Name} answered {(int)response.StatusCode}, failing: {string.Join(", ", failing)}");
        }
        catch (HttpRequestException exception)
        {
            return HealthCheckResult.Unhealthy($"{service.Name} is unreachable at {service.Url}: {exception.Message}");
        }
    }

    private static async Task<IReadOnlyList<string>> FailingChecksAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var report = await response.Content.ReadFromJsonAsync<HealthResponse>(JsonSerializerOptions.Web, cancellationToken);
            return report?.Checks.Where(check => check.Value.Status != "Healthy").Select(check => check.Key).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
