using System.Security.Claims;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AdFlux.ServiceDefaults.Usage;

public static class UsageExtensions
{
    /// <summary>Records every call of this client as <paramref name="provider"/>'s (<see cref="ExternalCallRecorder"/>).</summary>
    public static IHttpClientBuilder AddExternalCallRecording(this IHttpClientBuilder http, string provider) =>
        http.AddExternalCallRecording(_ => (provider, null));

    /// <summary>
    /// Records every call of this client; <paramref name="describe"/> names the provider and, for a
    /// chat model, reads tokens and cost from its answers. Called each time the factory builds the
    /// handler chain, so a configuration change is picked up with the next chain.
    /// </summary>
    public static IHttpClientBuilder AddExternalCallRecording(
        this IHttpClientBuilder http,
        Func<IServiceProvider, (string Provider, Func<HttpResponseMessage, CancellationToken, Task<CallUsage?>>? Usage)> describe)
    {
        http.Services.TryAddSingleton<ExternalCallBuffer>();
        http.Services.TryAddSingleton<UsageHardStops>();
        http.Services.TryAddSingleton(TimeProvider.System);
        return http.AddHttpMessageHandler(services =>
        {
            var (provider, usage) = describe(services);
            return new ExternalCallRecorder(provider, services.GetRequiredService<ExternalCallBuffer>(), services.GetRequiredService<UsageHardStops>(),
                services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<ExternalCallRecorder>>(), usage);
        });
    }

    /// <summary>Makes the authenticated caller's tenant the <see cref="AmbientTenant"/> of the rest of the request.</summary>
    public static IApplicationBuilder UseAmbientTenant(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (Guid.TryParse(context.User.FindFirstValue(AdFluxClaims.TenantId), out var tenantId))
        {
            AmbientTenant.Set(tenantId);
        }
        return next(context);
    });
}
