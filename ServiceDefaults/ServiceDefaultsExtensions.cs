using AdFlux.ServiceDefaults.Errors;
using AdFlux.ServiceDefaults.Health;
using AdFlux.ServiceDefaults.Resilience;
using AdFlux.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using System.Text.Json.Serialization;

namespace AdFlux.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Everything every AdFlux process shares: telemetry, health checks, resilient HTTP
    /// clients, problem details, JSON conventions and the clock. Database and bus are added
    /// by the services that own them (<c>AddServiceDatabase</c>, <c>AddServiceBus</c>).
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddDefaultTelemetry();
        builder.Services.AddDefaultHealthChecks();
        builder.Services.AddDefaultProblemDetails();
        builder.Services.AddStandardHttpResilience();
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Problem-details error handling plus <c>/alive</c> and <c>/health</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapDefaultHealthEndpoints();
        return app;
    }
}
