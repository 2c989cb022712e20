using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Gateway.Routing;
using AdFlux.ServiceDefaults.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdFlux.Gateway.Health;

/// <summary>Calls a service's own <c>/health</c>; unhealthy names the service and what it reported failing.</summary>
public sealed class DownstreamHealthCheck(ConfiguredService service, IHttpClientFactory clients) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = clients.CreateClient(DownstreamHealthExtensions.ClientName);
            using var response = await client.GetAsync(new Uri(service.Address, "/health"), cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return HealthCheckResult.Healthy($"{service.Name} answered {(int)response.StatusCode}");
            }
            var failing = await FailingChecksAsync(response, cancellationToken);
            return HealthCheckResult.Unhealthy(failing.Count == 0
                ? $"{service.Name} answered {(int)response.StatusCode}"
                : $"{service.Name} answered {(int)response.StatusCode}, failing: {string.Join(", ", failing)}");
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
        {
            // InvalidOperationException: service discovery found no endpoint for the name.
            return HealthCheckResult.Unhealthy($"{service.Name} is unreachable at {service.Address}: {exception.Message}");
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
