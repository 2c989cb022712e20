using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using AdFlux.ServiceDefaults.Health;
using AdFlux.ServiceDefaults.OpenApi;
using AdFlux.ServiceDefaults.Resilience;
using AdFlux.ServiceDefaults.Telemetry;
using AdFlux.ServiceDefaults.Usage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
    /// clients that find services by name, problem details, authentication (access tokens and API keys) and authorization
    /// (authenticated by default, <c>Policies.Admin</c>), tenant context, OpenAPI, JSON
    /// conventions and the clock. Database and bus are added
    /// by the services that own them (<c>AddServiceDatabase</c>, <c>AddServiceBus</c>).
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddDefaultTelemetry();
        builder.Services.AddDefaultHealthChecks();
        builder.Services.AddDefaultProblemDetails();
        builder.Services.AddStandardHttpResilience(builder.Configuration);
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // "role":"viewer","role":"admin" is refused (400), not read as admin (last one wins by default).
        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.AllowDuplicateProperties = false);
        // A malformed body or an oversized request is the caller's fault: its 4xx, not a 500.
        builder.Services.Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector =
            exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        builder.Services.AddDefaultAuth();
        builder.Services.AddDefaultOpenApi();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Problem-details error handling, authentication and authorization, plus the public
    /// <c>/alive</c>, <c>/health</c> and <c>/openapi/v1.json</c>.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAmbientTenant();
        app.UseAuthorization();
        app.MapDefaultHealthEndpoints();
        app.MapDefaultOpenApi();
        return app;
    }
}
